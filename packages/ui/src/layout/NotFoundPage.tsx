import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useDocumentTitle } from './useDocumentTitle';

/** The page for every unknown address. */
export function NotFoundPage() {
  const { t } = useTranslation('ui');
  useDocumentTitle(t('notFound.documentTitle'));
  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('notFound.title')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('notFound.body')}</Typography>
      <Link component={RouterLink} to="/">
        {t('notFound.home')}
      </Link>
    </>
  );
}
