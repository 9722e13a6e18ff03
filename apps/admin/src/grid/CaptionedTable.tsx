import Box from '@mui/material/Box';
import Table, { type TableProps } from '@mui/material/Table';
import { useId, type ReactNode } from 'react';

interface CaptionedTableProps extends Omit<TableProps, 'children' | 'size'> {
  caption: ReactNode;
  children: ReactNode;
}

/**
 * A small table with its caption above it. On a narrow screen it keeps whole words and scrolls sideways
 * inside its own box (focusable and named by the caption, so keyboard users can scroll it too) instead of
 * widening the page or breaking words mid-way ("Gec ertifi ceerd").
 */
export function CaptionedTable({ caption, children, sx, ...tableProps }: CaptionedTableProps) {
  const captionId = useId();
  return (
    <Box role="region" aria-labelledby={captionId} tabIndex={0} sx={{ maxWidth: '100%', overflowX: 'auto' }}>
      <Table size="small" sx={[{ '& td, & th': { overflowWrap: 'normal' } }, ...(Array.isArray(sx) ? sx : [sx])]} {...tableProps}>
        <caption id={captionId} style={{ captionSide: 'top', textAlign: 'left', padding: 0, marginBottom: 8 }}>
          {caption}
        </caption>
        {children}
      </Table>
    </Box>
  );
}
