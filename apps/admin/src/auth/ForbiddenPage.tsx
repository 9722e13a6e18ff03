import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../routes';

/** Shown instead of a page the account's roles do not give access to. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forbidden.documentTitle'));
  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('forbidden.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('forbidden.body')}</Typography>
      <Link component={RouterLink} to={paths.dashboard}>
        {t('forbidden.home')}
      </Link>
    </>
  );
}
