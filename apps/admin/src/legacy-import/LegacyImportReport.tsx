import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { ErrorMessage, formatNumber, LoadingIndicator } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegacyImportPass, LegacyImportReportFieldsFragment } from '../gql/graphql';
import { CaptionedTable } from '../grid/CaptionedTable';
import { LegacyImportRowsQuery } from './graphql';
import { legacyKindLabel } from './legacyKinds';

const PAGE_SIZE = 25;
const COUNT_COLUMNS = ['read', 'created', 'updated', 'unchanged', 'refused'] as const;

export interface LegacyImportReportProps {
  importId: string;
  pass: LegacyImportPass;
  report: LegacyImportReportFieldsFragment;
}

/** The outcome of a pass: counts per kind, the files not read, and the refused rows (paged) with their reasons. */
export function LegacyImportReport({ importId, pass, report }: LegacyImportReportProps) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, i18n.language);
  const prefix = pass === 'DRY_RUN' ? 'dryRun' : 'run';
  const refused = report.counts.reduce((sum, count) => sum + count.refused, 0);
  return (
    <Box component="section" aria-labelledby={`legacy-${prefix}-heading`} sx={{ mt: 3 }} data-testid={`legacy-report-${pass}`}>
      <Typography id={`legacy-${prefix}-heading`} variant="h3" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {t(`legacyImport.report.${prefix}Heading`)}
      </Typography>
      <CaptionedTable caption={t(`legacyImport.report.${prefix}Caption`)}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {t('legacyImport.report.kind')}
            </TableCell>
            {COUNT_COLUMNS.map((column) => (
              <TableCell key={column} component="th" scope="col" align="right">
                {t(`legacyImport.report.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {report.counts.map((count) => (
            <TableRow key={count.kind}>
              <TableCell component="th" scope="row">
                {legacyKindLabel(t, count.kind)}
              </TableCell>
              {COUNT_COLUMNS.map((column) => (
                <TableCell key={column} align="right">
                  {number(count[column])}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </CaptionedTable>
      <Typography sx={{ mt: 1, color: 'text.secondary' }}>
        {t('legacyImport.report.seconds', { seconds: formatNumber(report.seconds, i18n.language, { maximumFractionDigits: 1 }) })}
      </Typography>
      {report.problems.length > 0 && (
        <Alert severity="warning" sx={{ mt: 2 }}>
          <Typography component="h4" sx={{ fontWeight: 600 }}>
            {t('legacyImport.report.problemsHeading')}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {report.problems.map((problem) => (
              <li key={problem.file}>
                {problem.file}: {problem.reasons.map((reason) => reason.message).join(' ')}
              </li>
            ))}
          </Box>
        </Alert>
      )}
      <Typography component="h4" sx={{ fontWeight: 600, mt: 2, mb: 1 }}>
        {t('legacyImport.report.refusedHeading')}
      </Typography>
      {refused === 0 ? <Typography>{t('legacyImport.report.noRefused')}</Typography> : <RefusedRows importId={importId} pass={pass} />}
    </Box>
  );
}

/** The refused rows of a pass, a page at a time: row number, kind and the Dutch reasons. */
function RefusedRows({ importId, pass }: { importId: string; pass: LegacyImportPass }) {
  const { t, i18n } = useTranslation();
  const [offset, setOffset] = useState(0);
  const { data, previousData, error, refetch } = useQuery(LegacyImportRowsQuery, { variables: { id: importId, pass, offset, first: PAGE_SIZE } });
  const page = (data ?? previousData)?.legacyImportRows;
  if (error && !page) return <ErrorMessage message={t('legacyImport.report.rowsError')} onRetry={() => void refetch()} />;
  if (!page) return <LoadingIndicator />;
  const number = (value: number) => formatNumber(value, i18n.language);
  const last = Math.min(offset + PAGE_SIZE, page.totalCount);
  return (
    <>
      <CaptionedTable caption={t('legacyImport.report.refusedCaption')} data-testid={`legacy-refused-${pass}`}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {t('legacyImport.report.kind')}
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              {t('legacyImport.report.row')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('legacyImport.report.reason')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {page.rows.map((row) => (
            <TableRow key={`${row.kind}-${row.rowNumber}`}>
              <TableCell>{legacyKindLabel(t, row.kind)}</TableCell>
              <TableCell align="right">{number(row.rowNumber)}</TableCell>
              <TableCell sx={{ minWidth: '14rem' }}>{row.reasons.map((reason) => reason.message).join(' ')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </CaptionedTable>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mt: 1 }}>
        <Typography role="status">{t('legacyImport.report.rowsShown', { from: number(offset + 1), to: number(last), total: number(page.totalCount) })}</Typography>
        <Button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
          {t('legacyImport.report.previous')}
        </Button>
        <Button disabled={last >= page.totalCount} onClick={() => setOffset(offset + PAGE_SIZE)}>
          {t('legacyImport.report.next')}
        </Button>
      </Box>
    </>
  );
}
