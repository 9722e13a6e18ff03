import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../forms/VisuallyHidden';
import type { PortfolioCaseFieldsFragment } from '../gql/graphql';
import { CaptionedTable } from '../grid/CaptionedTable';
import { usePortfolioLabels } from './usePortfolioLabels';

export interface FeeLinesProps {
  portfolioCase: Pick<PortfolioCaseFieldsFragment, 'feeLines' | 'feeTotalCents' | 'feeOutstandingCents' | 'invoiceUrl'>;
  /** The assessor organisation's "Betaling ontvangen", shown while something is outstanding. */
  action?: ReactNode;
}

/** A case's fee lines from the organisation's schedule, whether each is paid, the total and the invoice. */
export function FeeLines({ portfolioCase, action }: FeeLinesProps) {
  const { t } = useTranslation();
  const labels = usePortfolioLabels();
  const { feeLines: lines, feeTotalCents, feeOutstandingCents, invoiceUrl } = portfolioCase;
  if (lines.length === 0) return <Typography>{t('portfolio.fees.none')}</Typography>;
  return (
    <Box sx={{ display: 'grid', gap: 2, maxWidth: '44rem' }} data-testid="fee-lines">
      <CaptionedTable caption={t('portfolio.fees.caption')}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {t('portfolio.fees.description')}
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              {t('portfolio.fees.amount')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('portfolio.fees.paid')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line) => (
            <TableRow key={line.id} data-testid="fee-line">
              <TableCell>
                {line.quantity === 1
                  ? t(`portfolio.fees.kind.${line.kind}`)
                  : t('portfolio.fees.quantity', { label: t(`portfolio.fees.kind.${line.kind}`), quantity: line.quantity, unit: labels.euro(line.unitCents) })}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {labels.euro(line.amountCents)}
              </TableCell>
              <TableCell>{line.paidOn ? labels.date(line.paidOn) : t('portfolio.fees.notPaid')}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
              {t('portfolio.fees.total')}
            </TableCell>
            <TableCell align="right" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }} data-testid="fee-total">
              {labels.euro(feeTotalCents)}
            </TableCell>
            <TableCell />
          </TableRow>
        </TableBody>
      </CaptionedTable>
      <Typography data-testid="fee-outstanding">
        {feeOutstandingCents > 0 ? t('portfolio.fees.outstanding', { amount: labels.euro(feeOutstandingCents) }) : t('portfolio.fees.allPaid')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
        {invoiceUrl && (
          <Link href={invoiceUrl} download data-testid="invoice-link">
            {t('portfolio.fees.invoice')}
            <VisuallyHidden> {t('common.downloads')}</VisuallyHidden>
          </Link>
        )}
        {feeOutstandingCents > 0 && action}
      </Box>
    </Box>
  );
}
