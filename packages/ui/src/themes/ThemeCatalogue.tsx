import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../format/dates';

export interface CatalogueSubtheme {
  id: string;
  code: string;
  name: string;
  description?: string | null;
  validFrom?: string;
  validUntil?: string | null;
}

/** What the catalogue shows of a theme; the apps' generated query types fit this shape. */
export interface CatalogueTheme {
  id: string;
  code: string;
  name: string;
  description: string;
  isWildcard: boolean;
  validFrom?: string;
  validUntil?: string | null;
  subthemes: readonly CatalogueSubtheme[];
}

export interface ThemeCatalogueProps {
  themes: readonly CatalogueTheme[];
  /** Show each theme's validity period (staff); the public catalogue shows only current themes. */
  showValidity?: boolean;
  /** Extra content at the foot of each theme's card, e.g. a link to the offerings certified for it. */
  renderThemeFooter?: (theme: CatalogueTheme) => ReactNode;
  /** Extra content after a subtheme, e.g. staff's edit buttons. */
  renderSubthemeActions?: (subtheme: CatalogueSubtheme, theme: CatalogueTheme) => ReactNode;
}

function Validity({ item, inline = false }: { item: { validFrom?: string; validUntil?: string | null }; inline?: boolean }) {
  const { t, i18n } = useTranslation('ui');
  if (!item.validFrom) return null;
  const from = formatDate(item.validFrom, i18n.language);
  const text = item.validUntil
    ? t('themes.validBetween', { from, until: formatDate(item.validUntil, i18n.language) })
    : t('themes.validFrom', { from });
  return (
    <Typography variant="body2" color="text.secondary" component={inline ? 'span' : 'p'} sx={inline ? { display: 'block' } : { mt: 1 }}>
      {text}
    </Typography>
  );
}

interface ThemeCardProps {
  theme: CatalogueTheme;
  showValidity: boolean;
  footer?: ReactNode;
  renderSubthemeActions?: ThemeCatalogueProps['renderSubthemeActions'];
}

function ThemeCard({ theme, showValidity, footer, renderSubthemeActions }: ThemeCardProps) {
  const { t } = useTranslation('ui');
  const headingId = `theme-${theme.id}-heading`;
  return (
    <Card component="article" aria-labelledby={headingId} variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1 }}>
          <Typography variant="overline" component="p" color="text.secondary" sx={{ lineHeight: 1.5 }}>
            {t('themes.code', { code: theme.code })}
          </Typography>
          {theme.isWildcard && <Chip label={t('themes.wildcard')} color="secondary" size="small" />}
        </Box>
        <Typography id={headingId} variant="h2" component="h2" sx={{ fontSize: '1.3rem', mb: 1 }}>
          {theme.name}
        </Typography>
        <Typography>{theme.description}</Typography>
        {theme.isWildcard && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('themes.wildcardExplanation')}
          </Typography>
        )}
        {showValidity && <Validity item={theme} />}
        {theme.subthemes.length > 0 ? (
          <>
            <Typography variant="h3" component="h3" sx={{ fontSize: '1rem', mt: 2, mb: 0.5 }}>
              {t('themes.subthemes')}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 3 }}>
              {theme.subthemes.map((subtheme) => (
                <li key={subtheme.id}>
                  <Typography component="span" sx={{ fontWeight: 600 }}>
                    {subtheme.code}
                  </Typography>{' '}
                  {subtheme.name}
                  {subtheme.description && (
                    <Typography variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }}>
                      {subtheme.description}
                    </Typography>
                  )}
                  {showValidity && <Validity item={subtheme} inline />}
                  {renderSubthemeActions?.(subtheme, theme)}
                </li>
              ))}
            </Box>
          </>
        ) : (
          showValidity && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
              {t('themes.noSubthemes')}
            </Typography>
          )
        )}
        {footer != null && <Box sx={{ mt: 2 }}>{footer}</Box>}
      </CardContent>
    </Card>
  );
}

/** The professional-development themes with their subthemes; the wildcard is marked. */
export function ThemeCatalogue({ themes, showValidity = false, renderThemeFooter, renderSubthemeActions }: ThemeCatalogueProps) {
  const { t } = useTranslation('ui');
  if (themes.length === 0) return <Typography sx={{ py: 2 }}>{t('themes.empty')}</Typography>;
  return (
    <Box
      component="ol"
      sx={{
        listStyle: 'none',
        m: 0,
        p: 0,
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' },
      }}
    >
      {themes.map((theme) => (
        <li key={theme.id} data-testid="theme" data-wildcard={theme.isWildcard || undefined}>
          <ThemeCard theme={theme} showValidity={showValidity} footer={renderThemeFooter?.(theme)} renderSubthemeActions={renderSubthemeActions} />
        </li>
      ))}
    </Box>
  );
}
