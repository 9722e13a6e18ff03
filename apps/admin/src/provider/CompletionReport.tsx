import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { CompletionReportFieldsFragment } from '../gql/graphql';

export interface CompletionReportProps {
  report: CompletionReportFieldsFragment;
  /** Maps the API's row (position in what was sent, from 1) to the line the user sees; default the row itself. */
  lineOf?: (row: number) => number;
}

/** The per-row outcome of a recording (recorded / already recorded / rejected with the API's Dutch message) and the counts. */
export function CompletionReport({ report, lineOf = (row) => row }: CompletionReportProps) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-labelledby="report-heading" data-testid="completion-report" sx={{ mt: 3 }}>
      <Alert severity={report.rejected > 0 ? 'warning' : 'success'} role="status" sx={{ mb: 2 }}>
        <AlertTitle id="report-heading" component="h3" sx={{ fontSize: '1.05rem' }}>
          {t('provider.report.title')}
        </AlertTitle>
        <span data-testid="report-counts">{t('provider.report.counts', { count: report.total, recorded: report.recorded, alreadyRecorded: report.alreadyRecorded, rejected: report.rejected })}</span>
      </Alert>
      {report.rows.length > 0 && (
        <Table size="small" sx={{ maxWidth: '56rem' }}>
          <caption style={{ captionSide: 'top', textAlign: 'left', padding: 0, marginBottom: 8 }}>{t('provider.report.caption')}</caption>
          <TableHead>
            <TableRow>
              {(['row', 'registerNumber', 'status', 'message'] as const).map((column) => (
                <TableCell key={column} component="th" scope="col">
                  {t(`provider.report.columns.${column}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {report.rows.map((row) => (
              <TableRow key={row.row} data-testid="report-row" data-status={row.status}>
                <TableCell>{lineOf(row.row)}</TableCell>
                <TableCell>{row.registerNumber}</TableCell>
                <TableCell>{t(`provider.report.status.${row.status}`)}</TableCell>
                <TableCell>{row.status === 'REJECTED' ? row.message : ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
