import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import type { Role } from '../gql/graphql';

/** A role's workspace; for now its heading and what will come there. */
export function WorkspacePage({ role }: { role: Role }) {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t(`workspaces.${role}.title`) }));
  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t(`workspaces.${role}.title`)}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t(`workspaces.${role}.description`)}</Typography>
      <Typography sx={{ maxWidth: '70ch' }}>{t('workspaces.comingSoon')}</Typography>
    </>
  );
}
