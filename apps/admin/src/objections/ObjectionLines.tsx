import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { ObjectionStateFieldsFragment } from '../gql/graphql';

/** The party's objections against one decision, each with its filing date and where it stands. */
export function ObjectionLines({ objections }: { objections: readonly ObjectionStateFieldsFragment[] }) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  if (objections.length === 0) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid="objection-lines">
      {objections.map((objection) => (
        <li key={objection.id}>{t('decision.objectionLine', { date: labels.date(objection.filedOn), status: t(`enums.objectionStatus.${objection.status}`) })}</li>
      ))}
    </Box>
  );
}
