import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { chartColumns, chartRows, type ChartData } from './chartData';

export interface ChartDataTableProps {
  id: string;
  caption: string;
  data: ChartData;
  /** Formats a value for reading (Dutch thousands separators, percentages). */
  format: (value: number) => string;
  /** Written where a value is missing ("geen waarde"). */
  noValue: string;
}

/** The chart's figures as a real table, for screen readers and for readers who would rather read than look. */
export function ChartDataTable({ id, caption, data, format, noValue }: ChartDataTableProps) {
  const [categoryHeader, ...valueHeaders] = chartColumns(data);
  return (
    // Wide tables (many series) scroll inside their own box, never the page; a scrolling box must take focus.
    <Box id={id} role="region" aria-label={caption} tabIndex={0} sx={{ overflowX: 'auto', mt: 1, maxWidth: '100%' }}>
      <Table size="small" sx={{ '& caption': { captionSide: 'top', px: 0, fontWeight: 600 } }}>
        <caption>{caption}</caption>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {categoryHeader}
            </TableCell>
            {valueHeaders.map((header) => (
              <TableCell key={header} component="th" scope="col" align="right">
                {header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {chartRows(data).map(({ category, values }, row) => (
            <TableRow key={row}>
              <TableCell component="th" scope="row">
                {category.label}
              </TableCell>
              {values.map((value, column) => (
                <TableCell key={column} align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {value === null ? noValue : format(value)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
