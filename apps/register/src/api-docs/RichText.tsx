import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

export const inlineCodeSx = {
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  fontSize: '0.9em',
  bgcolor: 'grey.100',
  borderRadius: 0.5,
  px: 0.25,
  overflowWrap: 'anywhere',
} as const;

/** A text whose `backticked` parts are code: field names, headers, values. */
export function RichText({ text }: { text: string }): ReactNode {
  return text.split('`').map((part, index) =>
    index % 2 === 1 ? (
      <Box component="code" key={index} sx={inlineCodeSx}>
        {part}
      </Box>
    ) : (
      part
    ),
  );
}
