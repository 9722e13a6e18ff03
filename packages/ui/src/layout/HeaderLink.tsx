import Link from '@mui/material/Link';
import type { ReactNode } from 'react';

/**
 * A link in the header to the other app (the register's "Inloggen", the portal's "Openbaar register"):
 * a plain `href`, as the other app is another page load, on this origin or (in development) another port.
 */
export function HeaderLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} color="inherit" underline="always" sx={{ py: 1.25, textUnderlineOffset: '0.25em', '&:focus-visible': { outline: '3px solid #ffffff' } }}>
      {children}
    </Link>
  );
}
