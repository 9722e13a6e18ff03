import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { BoardOverviewQuery } from '../gql/graphql';
import { boardFilterCount, DUE_FILTERS, STATUS_FILTERS, type BoardFilter } from './boardFilters';

interface BoardCountsProps {
  overview: BoardOverviewQuery['boardOverview'];
  /** The filter the list shows now (its count is pressed). */
  filter: BoardFilter;
  onFilter(filter: BoardFilter): void;
}

function CountGroup({ id, label, filters, ...props }: BoardCountsProps & { id: string; label: string; filters: readonly BoardFilter[] }) {
  const { t } = useTranslation();
  return (
    <Box>
      <Typography id={id} variant="h3" sx={{ fontSize: '1.05rem', mb: 1 }}>
        {label}
      </Typography>
      <Box role="group" aria-labelledby={id} sx={{ display: 'grid', gap: 1, gridTemplateColumns: 'repeat(auto-fill, minmax(9.5rem, 1fr))' }}>
      {filters.map((filter) => {
        const pressed = props.filter === filter;
        return (
          <ButtonBase
            key={filter}
            aria-pressed={pressed}
            data-filter={filter}
            onClick={() => props.onFilter(filter)}
            sx={{
              display: 'flex',
              flexDirection: 'column',
              alignItems: 'flex-start',
              justifyContent: 'flex-start',
              textAlign: 'left',
              p: 1.5,
              borderRadius: 1,
              border: 2,
              borderColor: pressed ? 'primary.main' : 'divider',
              bgcolor: pressed ? 'primary.main' : 'background.paper',
              color: pressed ? 'primary.contrastText' : 'text.primary',
              '&:hover': { borderColor: 'primary.main' },
              '&.Mui-focusVisible': { outline: '3px solid', outlineColor: 'primary.dark', outlineOffset: 2 },
            }}
          >
            <Box component="span" sx={{ fontSize: '1.6rem', fontWeight: 700, lineHeight: 1.2 }} data-testid={`board-count-${filter}`}>
              {boardFilterCount(filter, props.overview)}
            </Box>
            <Box component="span" sx={{ fontSize: '0.95rem' }}>
              {t(`boardOverview.filters.${filter}`)}
            </Box>
          </ButtonBase>
        );
      })}
      </Box>
    </Box>
  );
}

/** The board's counts per status and per due window; each is a button that filters the list to those leaders. */
export function BoardCounts(props: BoardCountsProps) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'grid', gap: 2 }} data-testid="board-filter">
      <CountGroup {...props} id="board-counts-status" label={t('boardOverview.statusGroup')} filters={STATUS_FILTERS} />
      <CountGroup {...props} id="board-counts-due" label={t('boardOverview.dueGroup')} filters={DUE_FILTERS} />
      {props.overview.notRegistered > 0 && <Typography>{t('boardOverview.notRegistered', { count: props.overview.notRegistered })}</Typography>}
    </Box>
  );
}
