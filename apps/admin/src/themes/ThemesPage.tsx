import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, ThemeCatalogue, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../auth/useViewer';
import { CatalogueItemDialog, type AdminTheme, type CatalogueAction } from './CatalogueItemDialog';
import { AdminThemesQuery } from './graphql';

/** The theme catalogue with validity periods: read-only for everyone, editable for staff (DESIGN §3.4). */
export function ThemesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('themes.documentTitle'));
  const { data, error, refetch } = useQuery(AdminThemesQuery);
  const { viewer } = useViewer();
  const canEdit = Boolean(viewer?.roles.includes('STAFF'));
  const [action, setAction] = useState<CatalogueAction | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const start = (next: CatalogueAction) => {
    setSaved(null);
    setAction(next);
  };
  const themeOf = (id: string) => data!.themes.find((theme) => theme.id === id)!;

  let content;
  if (data)
    content = (
      <ThemeCatalogue
        themes={data.themes}
        showValidity
        renderThemeFooter={
          canEdit
            ? (item) => {
                const theme = themeOf(item.id);
                return (
                  <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
                    <Button size="small" variant="outlined" onClick={() => start({ kind: 'edit', theme })} aria-label={t('themes.edit.editLabel', { name: theme.name })}>
                      {t('themes.edit.edit')}
                    </Button>
                    {!theme.validUntil && (
                      <Button size="small" variant="outlined" onClick={() => start({ kind: 'retire', theme })} aria-label={t('themes.edit.retireLabel', { name: theme.name })}>
                        {t('themes.edit.retire')}
                      </Button>
                    )}
                    <Button size="small" variant="outlined" onClick={() => start({ kind: 'addSubtheme', theme })} aria-label={t('themes.edit.addSubthemeLabel', { name: theme.name })}>
                      {t('themes.edit.addSubtheme')}
                    </Button>
                  </Box>
                );
              }
            : undefined
        }
        renderSubthemeActions={
          canEdit
            ? (item, parent) => {
                const theme: AdminTheme = themeOf(parent.id);
                const subtheme = theme.subthemes.find((candidate) => candidate.id === item.id)!;
                return (
                  <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, my: 0.5 }}>
                    <Button size="small" onClick={() => start({ kind: 'edit', theme, subtheme })} aria-label={t('themes.edit.editLabel', { name: `${subtheme.code} ${subtheme.name}` })}>
                      {t('themes.edit.edit')}
                    </Button>
                    {!subtheme.validUntil && (
                      <Button size="small" onClick={() => start({ kind: 'retire', theme, subtheme })} aria-label={t('themes.edit.retireLabel', { name: `${subtheme.code} ${subtheme.name}` })}>
                        {t('themes.edit.retire')}
                      </Button>
                    )}
                  </Box>
                );
              }
            : undefined
        }
      />
    );
  else if (error) content = <ErrorMessage message={t('themes.loadError')} onRetry={() => void refetch()} />;
  else content = <LoadingIndicator />;

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('themes.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t(canEdit ? 'themes.introStaff' : 'themes.intro')}</Typography>
      {canEdit && (
        <Button variant="contained" sx={{ mb: 2 }} onClick={() => start({ kind: 'addTheme' })}>
          {t('themes.edit.addTheme')}
        </Button>
      )}
      <Box aria-live="polite" sx={{ mb: saved ? 2 : 0 }}>
        {saved && <Alert severity="success">{t('themes.edit.saved', { name: saved })}</Alert>}
      </Box>
      {content}
      {action && (
        <CatalogueItemDialog
          action={action}
          onClose={() => setAction(null)}
          onSaved={(name) => {
            setAction(null);
            setSaved(name);
          }}
        />
      )}
    </>
  );
}
