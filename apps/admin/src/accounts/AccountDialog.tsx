import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import type { AccountFieldsFragment, Role } from '../gql/graphql';
import { staleLists } from '../paging/staleLists';
import { ROLES } from '../workspaces/workspaces';
import { CreateAccountMutation, UpdateAccountMutation } from './graphql';
import { OrganisationPicker, type Organisation } from './OrganisationPicker';

export interface AccountDialogProps {
  /** The account to change; null to create one. */
  account: AccountFieldsFragment | null;
  onClose(): void;
  onSaved(account: AccountFieldsFragment): void;
  onReload(): void;
}

/** Creates an account for someone, or changes its name, roles and links; the API applies the role rules and explains a refusal. */
export function AccountDialog({ account, onClose, onSaved, onReload }: AccountDialogProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState(account?.displayName ?? '');
  const [roles, setRoles] = useState<readonly Role[]>(account?.roles ?? []);
  const [board, setBoard] = useState<Organisation | null>(account?.board ?? null);
  const [provider, setProvider] = useState<Organisation | null>(account?.provider ?? null);
  const [assessorOrganisation, setAssessorOrganisation] = useState<Organisation | null>(account?.assessorOrganisation ?? null);
  const [registerNumber, setRegisterNumber] = useState(account?.leader?.registerNumber ?? '');
  const [create, created] = useMutation(CreateAccountMutation, { update: staleLists('accounts') });
  const [update, updated] = useMutation(UpdateAccountMutation);
  const saving = created.loading || updated.loading;

  async function submit() {
    // Links go only with their role: unticking a role drops its link.
    const links = {
      roles: ROLES.filter((role) => roles.includes(role)),
      boardId: roles.includes('BOARD') ? (board?.id ?? null) : null,
      providerId: roles.includes('PROVIDER') ? (provider?.id ?? null) : null,
      assessorOrganisationId: roles.includes('ASSESSOR') ? (assessorOrganisation?.id ?? null) : null,
      leaderRegisterNumber: roles.includes('LEADER') ? registerNumber.trim() || null : null,
    };
    try {
      if (account) {
        const { data } = await update({ variables: { id: account.id, version: account.version, input: { displayName, ...links } } });
        if (data) onSaved(data.updateAccount);
      } else {
        const { data } = await create({ variables: { input: { email, displayName, ...links } } });
        if (data) onSaved(data.createAccount);
      }
    } catch {
      // shown below
    }
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby="account-form-title" fullWidth maxWidth="sm">
      <DialogTitle id="account-form-title">{account ? t('accountAdmin.form.editTitle', { name: account.displayName }) : t('accountAdmin.form.createTitle')}</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          id="account-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          sx={{ display: 'grid', gap: 2, pt: 1 }}
        >
          {!account && (
            <TextField id="account-email" label={t('accountAdmin.form.email')} type="email" autoComplete="off" required value={email} onChange={(event) => setEmail(event.target.value)} />
          )}
          <TextField id="account-name" label={t('accountAdmin.form.displayName')} autoComplete="off" required value={displayName} onChange={(event) => setDisplayName(event.target.value)} />
          <FormControl component="fieldset" required>
            <FormLabel component="legend">{t('accountAdmin.form.roles')}</FormLabel>
            <FormHelperText id="account-roles-hint" sx={{ mx: 0 }}>
              {t('accountAdmin.form.rolesHint')}
            </FormHelperText>
            <FormGroup sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
              {ROLES.map((role) => (
                <FormControlLabel
                  key={role}
                  label={t(`roles.${role}`)}
                  control={
                    <Checkbox
                      checked={roles.includes(role)}
                      onChange={(event) => setRoles((current) => (event.target.checked ? [...current, role] : current.filter((each) => each !== role)))}
                      slotProps={{ input: { 'aria-describedby': 'account-roles-hint' } }}
                    />
                  }
                />
              ))}
            </FormGroup>
          </FormControl>
          {roles.includes('BOARD') && <OrganisationPicker id="account-board" kind="board" label={t('accountAdmin.form.board')} value={board} onChange={setBoard} />}
          {roles.includes('PROVIDER') && (
            <OrganisationPicker id="account-provider" kind="provider" label={t('accountAdmin.form.provider')} value={provider} onChange={setProvider} />
          )}
          {roles.includes('ASSESSOR') && (
            <OrganisationPicker
              id="account-assessor-organisation"
              kind="assessorOrganisation"
              label={t('assessorOrganisationAdmin.account.organisation')}
              value={assessorOrganisation}
              onChange={setAssessorOrganisation}
            />
          )}
          {roles.includes('LEADER') && (
            <TextField
              id="account-leader"
              label={t('accountAdmin.form.leaderRegisterNumber')}
              autoComplete="off"
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              value={registerNumber}
              onChange={(event) => setRegisterNumber(event.target.value)}
            />
          )}
        </Box>
        <ApiErrorAlert error={created.error ?? updated.error} fallback={t('common.saveFailed')} onReload={onReload} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" type="submit" form="account-form" loading={saving}>
          {account ? t('accountAdmin.form.save') : t('accountAdmin.form.create')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
