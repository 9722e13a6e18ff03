import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../routes';

/** Start page of the public register; the search comes here. */
export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.documentTitle'));
  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('home.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('home.intro')}</Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('home.themesIntro')}</Typography>
      <Link component={RouterLink} to={paths.themes}>
        {t('home.themesLink')}
      </Link>
    </>
  );
}
