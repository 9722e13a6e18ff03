import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { formatDate, useRegistrationLabels } from '@srpo/ui';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertifiedOfferingsQuery } from '../gql/graphql';

export type CatalogueOffering = CertifiedOfferingsQuery['certifiedOfferings']['edges'][number]['node'];
type Execution = CatalogueOffering['upcomingExecutions'][number];

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

function ExecutionItem({ execution }: { execution: Execution }) {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatDate(value, i18n.language);
  const when =
    execution.startsOn === execution.endsOn
      ? date(execution.startsOn)
      : t('offerings.executionPeriod', { from: date(execution.startsOn), until: date(execution.endsOn) });
  const where = execution.location
    ? execution.online
      ? t('offerings.locationAndOnline', { location: execution.location })
      : execution.location
    : execution.online
      ? t('offerings.online')
      : t('offerings.noLocation');
  const parts = [where, execution.capacity != null ? t('offerings.capacity', { count: execution.capacity }) : null].filter(Boolean);
  return (
    <li data-testid="offering-execution" data-online={execution.online || undefined}>
      <Typography component="span" sx={{ fontWeight: 600 }}>
        {when}
      </Typography>
      {`: ${parts.join(', ')}`}
    </li>
  );
}

/** One certified offering: what it is, who offers it, what it counts for, until when, and its upcoming runs. */
export function OfferingCard({ offering }: { offering: CatalogueOffering }) {
  const { t, i18n } = useTranslation();
  const labels = useRegistrationLabels();
  const headingId = useId();
  const date = (value: string) => formatDate(value, i18n.language);
  const about = [
    t(`offerings.kind.${offering.kind}`),
    offering.leadsToLevel ? t('offerings.leadsToLevel', { level: labels.level(offering.leadsToLevel) }) : null,
    offering.hours != null ? t('offerings.hours', { count: offering.hours }) : null,
  ].filter(Boolean);
  const credits = [
    ...offering.themes.map((theme) => ({ key: `t${theme.code}`, text: t('offerings.themeItem', { code: theme.code, name: theme.name }) })),
    ...offering.subthemes.map((subtheme) => ({ key: `s${subtheme.code}`, text: t('offerings.subthemeItem', { code: subtheme.code, name: subtheme.name }) })),
  ];

  return (
    <Box
      component="article"
      aria-labelledby={headingId}
      sx={{ p: 2, height: '100%', bgcolor: 'background.paper', border: 1, borderColor: 'divider', borderRadius: 1 }}
    >
      <Typography id={headingId} variant="h2" sx={{ fontSize: '1.25rem', mb: 0.5 }} data-offering-heading tabIndex={-1}>
        {offering.title}
      </Typography>
      <Typography sx={{ fontWeight: 600, mb: 1 }} data-testid="offering-kind">
        {about.join(' · ')}
      </Typography>
      {offering.description && <Typography sx={{ mb: 1.5, maxWidth: '70ch' }}>{offering.description}</Typography>}

      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(10rem, max-content) 1fr' }, columnGap: 3, rowGap: { xs: 0, sm: 1 }, m: 0 }}
      >
        <Fact term={t('offerings.provider')}>
          {offering.owner.website ? (
            <Link href={offering.owner.website} rel="noopener noreferrer" aria-label={t('offerings.providerWebsite', { name: offering.owner.name })}>
              {offering.owner.name}
            </Link>
          ) : (
            offering.owner.name
          )}
        </Fact>
        <Fact term={t('offerings.certifiedFor')}>
          {credits.length === 0 ? (
            t('offerings.noThemes')
          ) : (
            <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid="offering-credits">
              {credits.map((credit) => (
                <li key={credit.key}>{credit.text}</li>
              ))}
            </Box>
          )}
        </Fact>
        <Fact term={t('offerings.certification')}>
          {t('offerings.certifiedPeriod', { from: date(offering.certifiedFrom), until: date(offering.certifiedUntil) })}
        </Fact>
        {offering.learningGoals && (
          <Fact term={t('offerings.learningGoals')}>
            <Box component="span" sx={{ whiteSpace: 'pre-line' }}>
              {offering.learningGoals}
            </Box>
          </Fact>
        )}
        {offering.programme && (
          <Fact term={t('offerings.programme')}>
            <Box component="span" sx={{ whiteSpace: 'pre-line' }}>
              {offering.programme}
            </Box>
          </Fact>
        )}
        {offering.priceCents != null && (
          <Fact term={t('offerings.price')}>
            {t('offerings.priceAmount', {
              amount: new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'EUR' }).format(offering.priceCents / 100),
            })}
          </Fact>
        )}
      </Box>

      <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 600, mt: 2, mb: 0.5 }}>
        {t('offerings.executions')}
      </Typography>
      {offering.upcomingExecutions.length === 0 ? (
        <Typography>{t('offerings.noExecutions')}</Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {offering.upcomingExecutions.map((execution) => (
            <ExecutionItem key={execution.id} execution={execution} />
          ))}
        </Box>
      )}
    </Box>
  );
}
