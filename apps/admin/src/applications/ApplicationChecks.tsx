import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useRegistrationLabels } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { reasonText } from '../forms/reasonText';
import type { ApplicationCheckFieldsFragment } from '../gql/graphql';
import { useApplicationLabels } from './useApplicationLabels';

/** Whether every piece of evidence the rules require is there (the API refuses "Compleet" otherwise). */
export function evidenceComplete(evidence: ApplicationCheckFieldsFragment['evidence']): boolean {
  return evidence.every((requirement) => requirement.present);
}

/** The evidence the rules require, each with "aanwezig" or "ontbreekt". */
export function EvidenceChecklist({ evidence, headingLevel = 'h3' }: { evidence: ApplicationCheckFieldsFragment['evidence']; headingLevel?: 'h2' | 'h3' }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ mb: 2 }} data-testid="evidence-checklist">
      <Typography component={headingLevel} variant="h3" sx={{ fontSize: '1.1rem', mb: 1 }}>
        {t('checks.evidenceTitle')}
      </Typography>
      {evidence.length === 0 ? (
        <Typography>{t('checks.evidenceNone')}</Typography>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {evidence.map((requirement) => (
            <li key={requirement.item} data-present={requirement.present}>
              {t(`checks.evidenceItem.${requirement.item}`)}: <strong>{requirement.present ? t('checks.present') : t('checks.missing')}</strong>
            </li>
          ))}
        </ul>
      )}
    </Box>
  );
}

/** The domain's verdict in one sentence (the title and level the rules allow), or the reasons why not. */
export function VerdictSummary({ verdict }: { verdict: ApplicationCheckFieldsFragment['verdict'] }) {
  const { t, i18n } = useTranslation();
  const registration = useRegistrationLabels();
  const labels = useApplicationLabels();
  let sentence: string;
  if (!verdict.eligible) sentence = t('checks.verdictNotEligible');
  else if (verdict.title && verdict.aspirant && verdict.aspirantUntil) sentence = t('checks.verdictAspirant', { title: registration.title(verdict.title), date: labels.date(verdict.aspirantUntil) });
  else if (verdict.title && verdict.level) sentence = t('checks.verdictEligible', { title: registration.title(verdict.title), level: registration.level(verdict.level) });
  else sentence = t('checks.verdictEligibleNoLevel', { title: verdict.title ? registration.title(verdict.title) : '' });
  return (
    <Alert severity={verdict.eligible ? 'success' : 'warning'} sx={{ mb: 2 }} data-testid="verdict" data-eligible={verdict.eligible}>
      <AlertTitle component="h3" sx={{ fontSize: '1.05rem' }}>
        {t('checks.verdictTitle')}
      </AlertTitle>
      {sentence}
      {verdict.reasons.length > 0 && (
        <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.25rem' }}>
          {verdict.reasons.map((reason) => (
            <li key={reason.code}>{reasonText(reason, i18n.language)}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
