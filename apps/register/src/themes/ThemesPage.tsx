import { useQuery } from '@apollo/client/react';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, ThemeCatalogue, todayIsoDate, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { offeringsPath } from '../routes';
import { PublicThemesQuery } from './graphql';

/** The public theme catalogue: the themes valid today. */
export function ThemesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('themes.documentTitle'));
  const [activeOn] = useState(todayIsoDate);
  const { data, error, refetch } = useQuery(PublicThemesQuery, { variables: { activeOn } });

  let content;
  if (data)
    content = (
      <ThemeCatalogue
        themes={data.themes}
        renderThemeFooter={(theme) => (
          <Link component={RouterLink} to={offeringsPath({ themeCode: theme.code })}>
            {t('themes.offeringsLink', { name: theme.name })}
          </Link>
        )}
      />
    );
  else if (error) content = <ErrorMessage message={t('themes.loadError')} onRetry={() => void refetch()} />;
  else content = <LoadingIndicator />;

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('themes.title')}
      </Typography>
      <Typography sx={{ mb: 3, maxWidth: '70ch' }}>{t('themes.intro')}</Typography>
      {content}
    </>
  );
}
