import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatDate, RegistrationStatusChip, useRegistrationLabels } from '@srpo/ui';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterEntryQuery } from '../gql/graphql';
import { explainStatus, themesPeriodOf, type StatusExplanation } from './statusExplanation';

export type PublicEntry = NonNullable<RegisterEntryQuery['publicRegistrationLookup']['registration']>;

function useExplanationText(explanation: StatusExplanation): string {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatDate(value, i18n.language);
  switch (explanation.kind) {
    case 'active':
      return explanation.due ? t('entry.explanation.active', { due: date(explanation.due) }) : t('entry.explanation.activeWithoutDue');
    case 'aspirant':
      return t('entry.explanation.aspirant', { until: date(explanation.until) });
    case 'aspirantConditional':
      return t('entry.explanation.aspirantConditional', { until: date(explanation.until), expiresOn: date(explanation.expiresOn) });
    case 'aspirantExpired':
      return t('entry.explanation.aspirantExpired', { until: date(explanation.until), since: date(explanation.since) });
    case 'conditional':
      return t('entry.explanation.conditional', { due: date(explanation.due), until: date(explanation.until) });
    case 'expired':
      return t('entry.explanation.expired', { due: date(explanation.due), since: date(explanation.since) });
    case 'lapsed':
      return t('entry.explanation.lapsed');
    case 'deregistered':
      return explanation.on ? t('entry.explanation.deregisteredOn', { date: date(explanation.on) }) : t('entry.explanation.deregistered');
  }
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" sx={{ fontWeight: 600 }}>
        {term}
      </Typography>
      <Typography component="dd" sx={{ m: 0, mb: { xs: 1, sm: 0 } }}>
        {children}
      </Typography>
    </>
  );
}

/** The date fact under the title and level: when the leader left, until when an aspirant is one, or when re-registration is due. */
function PeriodFact({ entry }: { entry: PublicEntry }) {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatDate(value, i18n.language);
  if (entry.status === 'DEREGISTERED') {
    return entry.deregisteredOn ? <Fact term={t('entry.deregisteredOn')}>{date(entry.deregisteredOn)}</Fact> : null;
  }
  if (entry.aspirantUntil) return <Fact term={t('entry.aspirantUntil')}>{date(entry.aspirantUntil)}</Fact>;
  return <Fact term={t('entry.due')}>{entry.reRegistrationDue ? date(entry.reRegistrationDue) : t('entry.noDue')}</Fact>;
}

/** The public facts of one registration: status with its explanation, title, level, dates, boards, themes. */
export function RegistrationDetails({ entry }: { entry: PublicEntry }) {
  const { t, i18n } = useTranslation();
  const labels = useRegistrationLabels();
  const themesHeadingId = useId();
  const explanation = useExplanationText(explainStatus(entry));
  const date = (value: string) => formatDate(value, i18n.language);
  const themesPeriod = themesPeriodOf(entry);

  return (
    <>
      <Box sx={{ p: 2, mb: 3, bgcolor: 'background.paper', border: 1, borderColor: 'divider', borderRadius: 1 }} data-testid="entry-status">
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1 }}>
          <Typography component="span" sx={{ fontWeight: 600 }}>
            {t('entry.status')}
          </Typography>
          <RegistrationStatusChip status={entry.status} aspirant={entry.aspirant} size="medium" />
        </Box>
        <Typography sx={{ maxWidth: '70ch' }} data-testid="status-explanation">
          {explanation}
        </Typography>
      </Box>

      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(12rem, max-content) 1fr' }, columnGap: 3, rowGap: { xs: 0, sm: 1 }, m: 0 }}
      >
        <Fact term={t('entry.registerNumber')}>{entry.registerNumber}</Fact>
        <Fact term={t('entry.titleLabel')}>
          {`${labels.title(entry.title, entry.aspirant)} (${labels.titleName(entry.title)})`}
        </Fact>
        <Fact term={t('entry.level')}>{entry.qualificationLevel ? labels.level(entry.qualificationLevel) : t('entry.noLevel')}</Fact>
        <Fact term={t('entry.registeredOn')}>{date(entry.registeredOn)}</Fact>
        <PeriodFact entry={entry} />
        <Fact term={t('entry.boards', { count: entry.boards.length })}>
          {entry.boards.length ? entry.boards.map((board) => board.name).join(', ') : t('entry.noBoards')}
        </Fact>
      </Box>

      <Box component="section" aria-labelledby={themesHeadingId} sx={{ mt: 4 }}>
        <Typography id={themesHeadingId} variant="h2" sx={{ fontSize: '1.3rem', mb: 1 }}>
          {t(`entry.themes.title.${themesPeriod}`)}
        </Typography>
        <Typography sx={{ mb: 1, maxWidth: '70ch' }} data-testid="themes-period">
          {t(`entry.themes.period.${themesPeriod}`, {
            from: date(entry.periodStartsOn),
            since: entry.expiresOn ? date(entry.expiresOn) : '',
            until: entry.deregisteredOn ? date(entry.deregisteredOn) : '',
          })}
        </Typography>
        {entry.completedThemes.length === 0 ? (
          <Typography>{t(`entry.themes.none.${themesPeriod}`)}</Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 3 }} data-testid="completed-themes">
            {entry.completedThemes.map((completion) => (
              <li key={`${completion.theme.code}-${completion.completedOn}`}>
                <Typography component="span" sx={{ fontWeight: 600 }}>
                  {completion.theme.name}
                </Typography>{' '}
                {t('entry.themes.completion', { code: completion.theme.code, date: date(completion.completedOn), route: labels.route(completion.route) })}
              </li>
            ))}
          </Box>
        )}
      </Box>
    </>
  );
}
