import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, NavLink } from 'react-router';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { SkipLink } from './SkipLink';
import { useFocusMainOnNavigation } from './useFocusMainOnNavigation';

export const MAIN_CONTENT_ID = 'main-content';

export interface NavItem {
  to: string;
  label: string;
  /** Only active on exactly this path (use for '/'). */
  end?: boolean;
}

export interface AppShellProps {
  /** Product name in the header; links home. */
  title: string;
  navItems: readonly NavItem[];
  /** Extra header content before the language switch (e.g. the signed-in user, later). */
  actions?: ReactNode;
  children: ReactNode;
}

const navLinkSx = {
  color: 'inherit',
  display: 'inline-block',
  px: 1,
  py: 1.25,
  textUnderlineOffset: '0.25em',
  textDecorationColor: 'rgba(255, 255, 255, 0.6)',
  '&[aria-current="page"]': { fontWeight: 700, textDecorationThickness: 3, textDecorationColor: 'currentColor' },
  '&:focus-visible': { outline: '3px solid #ffffff', outlineOffset: -3 },
} as const;

/** Page frame of both apps: skip link, header with title, navigation and language switch, main landmark. */
export function AppShell({ title, navItems, actions, children }: AppShellProps) {
  const { t } = useTranslation('ui');
  const main = useRef<HTMLElement>(null);
  useFocusMainOnNavigation(main);
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <SkipLink targetId={MAIN_CONTENT_ID} />
      <AppBar position="static" component="header" elevation={0}>
        <Container maxWidth="lg" disableGutters>
          <Toolbar sx={{ flexWrap: 'wrap', columnGap: 2, rowGap: 1, py: 1 }}>
            <Link
              component={RouterLink}
              to="/"
              color="inherit"
              underline="hover"
              sx={{ fontSize: '1.25rem', fontWeight: 600, flexGrow: 1, '&:focus-visible': { outline: '3px solid #ffffff' } }}
            >
              {title}
            </Link>
            {actions}
            <LanguageSwitch />
          </Toolbar>
          {navItems.length > 0 && (
            <Box component="nav" aria-label={t('layout.mainNavigation')} sx={{ px: { xs: 1, sm: 2 } }}>
              <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, m: 0, p: 0, listStyle: 'none' }}>
                {navItems.map((item) => (
                  <li key={item.to}>
                    <Link component={NavLink} to={item.to} end={item.end} sx={navLinkSx}>
                      {item.label}
                    </Link>
                  </li>
                ))}
              </Box>
            </Box>
          )}
        </Container>
      </AppBar>
      <Container
        component="main"
        ref={main}
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        maxWidth="lg"
        sx={{
          flexGrow: 1,
          py: { xs: 2, sm: 4 },
          // `anywhere` (not `break-word`) also lets tables, flex and grid items shrink below a long
          // word's width, so a Dutch compound or an e-mail address never widens the page on a phone.
          overflowWrap: 'anywhere',
          '&:focus': { outline: 'none' },
        }}
      >
        {children}
      </Container>
    </Box>
  );
}
