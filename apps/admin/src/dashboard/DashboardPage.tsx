import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../routes';

/** Start page of the portal; becomes the login and the role's workspace. */
export function DashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('dashboard.documentTitle'));
  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('dashboard.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('dashboard.intro')}</Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('dashboard.loginComing')}</Typography>
      <Link component={RouterLink} to={paths.themes}>
        {t('dashboard.themesLink')}
      </Link>
    </>
  );
}
