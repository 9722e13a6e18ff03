import { useApolloClient, useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { ErrorMessage } from '@srpo/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { paths } from '../routes';
import { orderedRoles } from '../workspaces/workspaces';
import { LogoutMutation } from './graphql';
import type { Viewer } from './useViewer';

/** The signed-in user in the header: name and roles, with "change password" and "log out". */
export function UserMenu({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const id = useId();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [failed, setFailed] = useState(false);
  const [logout] = useMutation(LogoutMutation);
  const roles = orderedRoles(viewer.roles)
    .map((role) => t(`roles.${role}`))
    .join(', ');

  async function signOut() {
    setAnchor(null);
    try {
      await logout();
    } catch {
      setFailed(true);
      return;
    }
    // Nothing of this account may stay behind for the next one on this computer: empty the cache and
    // let the queries on screen ask again (the viewer is then null, so guarded pages close).
    try {
      await client.resetStore();
    } catch {
      // a refetch failed; the cache is empty all the same
    }
    void navigate(paths.login, { replace: true });
  }

  return (
    <>
      <Button
        id={`${id}-button`}
        color="inherit"
        aria-haspopup="menu"
        aria-controls={anchor ? `${id}-menu` : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ textTransform: 'none', textAlign: 'left', lineHeight: 1.3, '&:focus-visible': { outline: '3px solid #ffffff' } }}
      >
        <Box component="span" sx={{ display: 'flex', flexDirection: 'column' }}>
          <Box component="span" sx={{ fontWeight: 600 }}>
            {viewer.displayName}
          </Box>
          <Box component="span" sx={{ fontSize: '0.875rem' }}>
            {roles}
          </Box>
        </Box>
      </Button>
      <Menu
        id={`${id}-menu`}
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-labelledby': `${id}-button` } }}
      >
        <MenuItem component={RouterLink} to={paths.changePassword} onClick={() => setAnchor(null)}>
          {t('userMenu.changePassword')}
        </MenuItem>
        <MenuItem onClick={() => void signOut()}>{t('userMenu.logout')}</MenuItem>
      </Menu>
      {failed && <ErrorMessage message={t('userMenu.logoutFailed')} />}
    </>
  );
}
