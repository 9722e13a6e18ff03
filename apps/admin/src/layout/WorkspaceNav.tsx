import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { NavLink } from 'react-router';

export interface WorkspaceLink {
  to: string;
  label: string;
  /** Active only on exactly this path (not on the pages below it). */
  end?: boolean;
}

/**
 * The pages of one workspace, as a row of links (wrapping on a phone, its lines kept close); the
 * current one is marked for screen readers too.
 */
export function WorkspaceNav({ label, links }: { label: string; links: readonly WorkspaceLink[] }) {
  return (
    <Box component="nav" aria-label={label} sx={{ mb: 3 }}>
      <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', columnGap: { xs: 2, sm: 3 }, rowGap: 0, listStyle: 'none', m: 0, p: 0, borderBottom: 1, borderColor: 'divider' }}>
        {links.map((link) => (
          <li key={link.to}>
            <Link
              component={NavLink}
              to={link.to}
              end={link.end}
              underline="hover"
              sx={{ display: 'inline-block', py: 1, fontWeight: 600, borderBottom: 3, borderColor: 'transparent', '&.active': { borderColor: 'primary.main' } }}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </Box>
    </Box>
  );
}
