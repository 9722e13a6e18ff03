import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { CaptionedTable } from '../grid/CaptionedTable';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatDate, useLanguage } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import type { CompletionReportFieldsFragment } from '../gql/graphql';

type ReportRow = CompletionReportFieldsFragment['rows'][number];

export interface CompletionReportProps {
  report: CompletionReportFieldsFragment;
  /** Maps the API's row (position in what was sent, from 1) to the line the user sees; default the row itself. */
  lineOf?: (row: number) => number;
}

/**
 * The per-row outcome of a recording or of a check before it (dry run): the matched leader's public
 * name beside each register number, so a mistyped number is seen before it credits someone else;
 * a row already on record with another date says both dates.
 */
export function CompletionReport({ report, lineOf = (row) => row }: CompletionReportProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const explanation = (row: ReportRow): string => {
    if (row.status === 'REJECTED') return row.message;
    if (row.status === 'DATE_DIFFERS' && row.recordedOn && row.completedOn) {
      return t('provider.report.dateDiffers', { recordedOn: formatDate(row.recordedOn, language), completedOn: formatDate(row.completedOn, language) });
    }
    return '';
  };
  const counts = { count: report.total, recorded: report.recorded, alreadyRecorded: report.alreadyRecorded, rejected: report.rejected };
  const warn = report.rejected > 0 || report.dateDiffers > 0;
  return (
    <Box component="section" aria-labelledby="report-heading" data-testid="completion-report" data-dry-run={report.dryRun} sx={{ mt: 3 }}>
      <Alert severity={report.dryRun ? 'info' : warn ? 'warning' : 'success'} role="status" sx={{ mb: 2 }}>
        <AlertTitle id="report-heading" component="h3" sx={{ fontSize: '1.05rem' }}>
          {t(report.dryRun ? 'provider.report.checkTitle' : 'provider.report.title')}
        </AlertTitle>
        <span data-testid="report-counts">{t(report.dryRun ? 'provider.report.checkCounts' : 'provider.report.counts', counts)}</span>
        {report.dateDiffers > 0 && <span data-testid="report-date-differs"> {t('provider.report.dateDiffersCount', { count: report.dateDiffers })}</span>}
      </Alert>
      {report.rows.length > 0 && (
        <CaptionedTable caption={t('provider.report.caption')} sx={{ maxWidth: '56rem' }}>
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
                <TableCell>
                  {row.registerNumber}
                  {row.status !== 'REJECTED' || row.leaderName ? (
                    <Typography component="span" variant="body2" data-testid="report-leader" sx={{ display: 'block', color: row.leaderName ? 'text.primary' : 'text.secondary', fontWeight: row.leaderName ? 600 : 400 }}>
                      {row.leaderName ?? t('provider.report.notPublic')}
                    </Typography>
                  ) : null}
                </TableCell>
                <TableCell>{t(`provider.report.${report.dryRun ? 'checkStatus' : 'status'}.${row.status}`)}</TableCell>
                <TableCell>{explanation(row)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </CaptionedTable>
      )}
    </Box>
  );
}
