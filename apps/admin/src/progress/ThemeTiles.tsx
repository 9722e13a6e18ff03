import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { ThemeProgressFieldsFragment } from '../gql/graphql';

type Item = ThemeProgressFieldsFragment['themes'][number];

/** `completed`, `partly` (some subthemes covered) or `open`. */
export function themeState(item: Item): 'completed' | 'partly' | 'open' {
  if (item.completed) return 'completed';
  return item.coveredSubthemes.length > 0 ? 'partly' : 'open';
}

const BORDER = { completed: 'success.main', partly: 'warning.main', open: 'divider' } as const;

function isBasis(value: string | null | undefined): value is 'WHOLE_THEME' | 'ALL_SUBTHEMES' | 'INFORMAL_VALIDATION' {
  return value === 'WHOLE_THEME' || value === 'ALL_SUBTHEMES' || value === 'INFORMAL_VALIDATION';
}

/** Every theme of the period as a tile: completed (when and how), partly (which subthemes are missing) or open. */
export function ThemeTiles({ themes, label }: { themes: readonly Item[]; label: string }) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();

  /**
   * How the theme was completed: the informal validation's source when there is one (its date is the
   * completion date shown: the decision or the peer-validation session), else the basis.
   */
  function how(item: Item): string | null {
    const source = item.informalSource;
    if (source) return t(`informalCredit.source.${source.method}`, { organisation: source.organisationName ?? '—' });
    return isBasis(item.basis) ? t(`leaderWorkspace.glance.how.${item.basis}`) : null;
  }

  function describe(item: Item): string {
    const state = themeState(item);
    if (state === 'completed') {
      const date = t('leaderWorkspace.glance.tileCompleted', { date: item.completedOn ? labels.date(item.completedOn) : '—' });
      const basis = how(item);
      return basis ? `${date} (${basis})` : date;
    }
    if (state === 'partly') return t('leaderWorkspace.glance.tilePartly', { missing: item.missingSubthemes.map((sub) => `${sub.code} ${sub.name}`).join(', ') });
    return t('leaderWorkspace.glance.tileOpen');
  }

  return (
    <Box
      component="ul"
      aria-label={label}
      data-testid="theme-tiles"
      sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 15rem), 1fr))' }}
    >
      {themes.map((item) => {
        const state = themeState(item);
        return (
          <Box
            component="li"
            key={item.theme.code}
            data-testid="theme-tile"
            data-theme-state={state}
            sx={{ p: 1.5, borderRadius: 1, border: 1, borderColor: 'divider', borderLeft: 6, borderLeftColor: BORDER[state], bgcolor: 'background.paper' }}
          >
            <Typography sx={{ fontWeight: 600 }}>
              {item.theme.code}. {item.theme.name}
            </Typography>
            <Typography variant="body2">{describe(item)}</Typography>
          </Box>
        );
      })}
    </Box>
  );
}
