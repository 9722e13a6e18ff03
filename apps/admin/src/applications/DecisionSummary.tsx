import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useRegistrationLabels } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import type { ApplicationFieldsFragment } from '../gql/graphql';
import { FactList } from './FactList';
import { useApplicationLabels } from './useApplicationLabels';

export type DecisionFields = NonNullable<ApplicationFieldsFragment['decision']>;

/** A decision with its date, motivation, objection deadline and any objections. */
export function DecisionSummary({ decision }: { decision: DecisionFields }) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const registration = useRegistrationLabels();
  return (
    <Box data-testid="decision">
      <FactList
        facts={[
          { term: t('decision.outcome'), value: t(`enums.decisionOutcome.${decision.outcome}`) },
          { term: t('decision.decidedOn'), value: labels.date(decision.decidedOn) },
          { term: t('decision.grantedLevel'), value: decision.grantedLevel ? registration.level(decision.grantedLevel) : null },
          { term: t('decision.reasons'), value: decision.reasons },
          { term: t('decision.exception'), value: decision.isException ? decision.exceptionJustification ?? t('common.yes') : null },
          { term: t('decision.objectionDeadline'), value: labels.date(decision.objectionDeadline) },
        ]}
      />
      {decision.objections.length > 0 && (
        <>
          <Typography variant="h3" sx={{ fontSize: '1.05rem', mt: 2, mb: 1 }}>
            {t('decision.objections')}
          </Typography>
          <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
            {decision.objections.map((objection) => (
              <li key={objection.id}>
                {t('decision.objectionLine', { date: labels.date(objection.filedOn), status: t(`enums.objectionStatus.${objection.status}`) })}
                {objection.outcomeReasons ? ` — ${objection.outcomeReasons}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </Box>
  );
}
