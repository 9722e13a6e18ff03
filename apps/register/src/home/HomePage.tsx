import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { paths } from '../routes';
import { SearchForm } from '../search/SearchForm';
import { criteriaToParams, emptyCriteria, FOCUS_RESULTS } from '../search/searchParams';

/** Start page of the public register: leads with the search box. */
export function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('home.documentTitle'));
  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('home.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('home.searchIntro')}</Typography>
      <SearchForm
        criteria={emptyCriteria}
        onSearch={(criteria) => {
          const params = criteriaToParams(criteria).toString();
          void navigate(params ? `${paths.search}?${params}` : paths.search, { state: FOCUS_RESULTS });
        }}
      />
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('home.intro')}</Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('home.themesIntro')}</Typography>
      <Link component={RouterLink} to={paths.themes}>
        {t('home.themesLink')}
      </Link>
      <Typography sx={{ mt: 3, mb: 2, maxWidth: '70ch' }}>{t('home.verifyIntro')}</Typography>
      <Link component={RouterLink} to={paths.verification}>
        {t('home.verifyLink')}
      </Link>
      <Typography sx={{ mt: 3, mb: 2, maxWidth: '70ch' }}>{t('home.apiIntro')}</Typography>
      <Link component={RouterLink} to={paths.api}>
        {t('home.apiLink')}
      </Link>
    </>
  );
}
