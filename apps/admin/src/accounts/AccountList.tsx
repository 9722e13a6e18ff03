import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { AccountFieldsFragment, AccountStatus, Role } from '../gql/graphql';
import { SearchableTable } from '../grid/SearchableTable';
import { useCursorPaging } from '../grid/useCursorPaging';
import { StaffSection } from '../layout/StaffSection';
import { ROLES } from '../workspaces/workspaces';
import { AccountActiveDialog } from './AccountActiveDialog';
import { AccountDialog } from './AccountDialog';
import { AccountsQuery } from './graphql';

const STATUSES: readonly AccountStatus[] = ['ACTIVE', 'DEACTIVATED'];

/** `/medewerker/accounts`: find accounts; create one for someone, change roles and links, deactivate or reactivate. */
export function AccountList() {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [status, setStatus] = useState<AccountStatus | ''>('');
  const paging = useCursorPaging();
  const [editing, setEditing] = useState<AccountFieldsFragment | 'new' | null>(null);
  const [switching, setSwitching] = useState<AccountFieldsFragment | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { data, error, loading, refetch } = useQuery(AccountsQuery, {
    variables: { query: query || null, role: role || null, status: status || null, first: paging.first, after: paging.after },
    fetchPolicy: 'cache-and-network',
  });

  function links(account: AccountFieldsFragment): string {
    const named = [
      account.board && t('accountAdmin.links.board', { name: account.board.name }),
      account.provider && t('accountAdmin.links.provider', { name: account.provider.name }),
      account.assessorOrganisation && t('assessorOrganisationAdmin.account.link', { name: account.assessorOrganisation.name }),
      account.leader && t('accountAdmin.links.leader', { name: account.leader.displayName, registerNumber: account.leader.registerNumber }),
    ].filter(Boolean);
    return named.length > 0 ? named.join('; ') : t('accountAdmin.noLinks');
  }

  const columns: GridColDef<AccountFieldsFragment>[] = [
    { field: 'displayName', headerName: t('accountAdmin.columns.name'), flex: 1.2, minWidth: 170 },
    { field: 'email', headerName: t('accountAdmin.columns.email'), flex: 1.5, minWidth: 200 },
    { field: 'roles', headerName: t('accountAdmin.columns.roles'), flex: 1, minWidth: 150, valueGetter: (_value, row) => row.roles.map((each) => t(`roles.${each}`)).join(', ') },
    { field: 'links', headerName: t('accountAdmin.columns.links'), flex: 1.5, minWidth: 200, valueGetter: (_value, row) => links(row) },
    {
      field: 'status',
      headerName: t('accountAdmin.columns.status'),
      flex: 1,
      minWidth: 150,
      renderCell: ({ row }) => (
        <Box sx={{ py: 0.5 }}>
          <Chip size="small" color={row.deactivatedAt ? 'default' : 'success'} variant={row.deactivatedAt ? 'outlined' : 'filled'} label={t(`accountAdmin.status.${row.status}`)} />
          {row.deactivatedAt && (
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {t('accountAdmin.deactivatedOn', { date: labels.dateTime(row.deactivatedAt) })}
            </Typography>
          )}
        </Box>
      ),
    },
    {
      field: 'actions',
      headerName: t('accountAdmin.columns.actions'),
      flex: 1.2,
      minWidth: 220,
      renderCell: ({ row }) => (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, py: 0.5 }}>
          <Button size="small" variant="outlined" aria-label={t('accountAdmin.editFor', { name: row.displayName })} onClick={() => setEditing(row)}>
            {t('accountAdmin.edit')}
          </Button>
          <Button
            size="small"
            variant="outlined"
            color={row.status === 'ACTIVE' ? 'error' : 'primary'}
            aria-label={t(row.status === 'ACTIVE' ? 'accountAdmin.deactivateFor' : 'accountAdmin.reactivateFor', { name: row.displayName })}
            onClick={() => setSwitching(row)}
          >
            {t(row.status === 'ACTIVE' ? 'accountAdmin.deactivate' : 'accountAdmin.reactivate')}
          </Button>
        </Box>
      ),
    },
  ];

  const connection = data?.accounts;
  return (
    <StaffSection
      title={t('accountAdmin.title')}
      intro={t('accountAdmin.intro')}
      createLabel={t('accountAdmin.create')}
      onCreate={() => {
        setDone(null);
        setEditing('new');
      }}
      done={done}
    >
      <SearchableTable
        searchId="account-search"
        searchLabel={t('accountAdmin.search')}
        query={query}
        onSearch={(words) => {
          setQuery(words);
          paging.reset();
        }}
        filters={
          <>
            <TextField
              select
              id="account-role"
              label={t('accountAdmin.roleFilter')}
              value={role}
              onChange={(event) => {
                setRole(event.target.value as Role | '');
                paging.reset();
              }}
              size="small"
              sx={{ minWidth: '10rem' }}
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            >
              <MenuItem value="">{t('accountAdmin.allRoles')}</MenuItem>
              {ROLES.map((each) => (
                <MenuItem key={each} value={each}>
                  {t(`roles.${each}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              id="account-status"
              label={t('accountAdmin.statusFilter')}
              value={status}
              onChange={(event) => {
                setStatus(event.target.value as AccountStatus | '');
                paging.reset();
              }}
              size="small"
              sx={{ minWidth: '10rem' }}
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            >
              <MenuItem value="">{t('accountAdmin.allStatuses')}</MenuItem>
              {STATUSES.map((each) => (
                <MenuItem key={each} value={each}>
                  {t(`accountAdmin.status.${each}`)}
                </MenuItem>
              ))}
            </TextField>
          </>
        }
        count={connection ? t('accountAdmin.count', { count: connection.totalCount }) : null}
        loadError={error && !connection ? t('accountAdmin.loadError') : null}
        onRetry={() => void refetch()}
        label={t('accountAdmin.title')}
        rows={connection?.edges.map((edge) => edge.node) ?? []}
        columns={columns}
        rowCount={connection?.totalCount ?? 0}
        loading={loading}
        paging={paging}
        endCursor={connection?.pageInfo.endCursor}
      />
      {editing && (
        <AccountDialog
          account={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setDone(t(editing === 'new' ? 'accountAdmin.created' : 'accountAdmin.saved', { name: saved.displayName }));
            setEditing(null);
          }}
          onReload={() => {
            setEditing(null);
            void refetch();
          }}
        />
      )}
      {switching && (
        <AccountActiveDialog
          account={switching}
          onClose={() => setSwitching(null)}
          onDone={(changed) => {
            setDone(t(changed.status === 'ACTIVE' ? 'accountAdmin.reactivated' : 'accountAdmin.deactivated', { name: changed.displayName }));
            setSwitching(null);
          }}
          onReload={() => {
            setSwitching(null);
            void refetch();
          }}
        />
      )}
    </StaffSection>
  );
}
