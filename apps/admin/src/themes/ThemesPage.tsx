import { useQuery } from '@apollo/client/react';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, ThemeCatalogue, useDocumentTitle } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { AdminThemesQuery } from './graphql';

/** The theme catalogue for staff, with validity periods. Editing comes with the staff workspace. */
export function ThemesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('themes.documentTitle'));
  const { data, error, refetch } = useQuery(AdminThemesQuery);

  let content;
  if (data) content = <ThemeCatalogue themes={data.themes} showValidity />;
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
