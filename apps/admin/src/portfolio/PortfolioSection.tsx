import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A titled part of a case page (h2), its wide content scrolling inside it rather than the page. */
export function PortfolioSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 4, minWidth: 0 }}>
      <Typography id={id} variant="h2" sx={{ fontSize: '1.3rem', mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}
