import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useRegistrationLabels } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { ThemeProgressFieldsFragment } from '../gql/graphql';

type Item = ThemeProgressFieldsFragment['themes'][number];

/** `completed`, `partly` (some subthemes covered) or `open`. */
export function themeState(item: Item): 'completed' | 'partly' | 'open' {
  if (item.completed) return 'completed';
  return item.coveredSubthemes.length > 0 ? 'partly' : 'open';
}

/** Every theme of the period: completed (when, formal or informal), partly (which subthemes are missing) or open. */
export function ThemeProgressList({ themes, caption }: { themes: readonly Item[]; caption: string }) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const registration = useRegistrationLabels();

  function describe(item: Item): string {
    const state = themeState(item);
    if (state === 'completed') {
      const how = [item.route ? registration.route(item.route) : null, isBasis(item.basis) ? t(`progress.basis.${item.basis}`) : null].filter(Boolean).join(', ');
      return t('progress.completed', { date: item.completedOn ? labels.date(item.completedOn) : '—', route: how });
    }
    if (state === 'partly') return t('progress.partly', { missing: item.missingSubthemes.map((sub) => `${sub.code} ${sub.name}`).join(', ') });
    return t('progress.open');
  }

  return (
    <Table size="small" sx={{ maxWidth: '56rem' }} data-testid="theme-progress">
      <caption style={{ captionSide: 'top', textAlign: 'left', padding: 0, marginBottom: 8 }}>{caption}</caption>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            {t('progress.themeColumn')}
          </TableCell>
          <TableCell component="th" scope="col">
            {t('progress.stateColumn')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {themes.map((item) => (
          <TableRow key={item.theme.code} data-theme-state={themeState(item)} data-testid="theme-progress-item">
            <TableCell component="th" scope="row">
              {item.theme.code}. {item.theme.name}
            </TableCell>
            <TableCell>{describe(item)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function isBasis(value: string | null | undefined): value is 'WHOLE_THEME' | 'ALL_SUBTHEMES' | 'INFORMAL_VALIDATION' {
  return value === 'WHOLE_THEME' || value === 'ALL_SUBTHEMES' || value === 'INFORMAL_VALIDATION';
}
