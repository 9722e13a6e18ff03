import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { AssessorNav } from '../assessor/AssessorNav';
import { FacilitatedGroups } from './FacilitatedGroups';

/** `/beoordelaar/intervisie`: an assessor's peer-validation groups as facilitator. */
export function FacilitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('peer.facilitation.title') }));
  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('workspaces.ASSESSOR.title')}
      </Typography>
      <AssessorNav />
      <FacilitatedGroups />
    </>
  );
}
