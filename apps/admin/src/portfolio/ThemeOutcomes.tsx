import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PortfolioCaseFieldsFragment } from '../gql/graphql';

/** Per theme of a decided case: validated or not, with the assessors' grounds. */
export function ThemeOutcomes({ themes }: { themes: PortfolioCaseFieldsFragment['themes'] }) {
  const { t } = useTranslation();
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 2 }} data-testid="theme-outcomes">
      {themes.map(({ theme, outcome, grounds }) => (
        <Box component="li" key={theme.id} data-testid="theme-outcome" data-outcome={outcome ?? undefined}>
          <Typography variant="h3" sx={{ fontSize: '1.05rem' }}>
            {`${theme.code}. ${theme.name}: `}
            {outcome ? t(`portfolio.outcome.${outcome}`) : t('portfolio.outcome.pending')}
          </Typography>
          {grounds && (
            <Typography sx={{ whiteSpace: 'pre-line', maxWidth: '70ch' }}>
              <Box component="span" sx={{ fontWeight: 600 }}>
                {t('portfolio.outcome.grounds')}:
              </Box>{' '}
              {grounds}
            </Typography>
          )}
        </Box>
      ))}
    </Box>
  );
}
