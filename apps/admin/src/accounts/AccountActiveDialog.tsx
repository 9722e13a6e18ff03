import { useMutation } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import type { AccountFieldsFragment } from '../gql/graphql';
import { DeactivateAccountMutation, ReactivateAccountMutation } from './graphql';

export interface AccountActiveDialogProps {
  account: AccountFieldsFragment;
  onClose(): void;
  onDone(account: AccountFieldsFragment): void;
  onReload(): void;
}

/** Asks before an account is deactivated (its holder is signed out everywhere at once) or reactivated. */
export function AccountActiveDialog({ account, onClose, onDone, onReload }: AccountActiveDialogProps) {
  const { t } = useTranslation();
  const deactivating = account.status === 'ACTIVE';
  const [deactivate, deactivation] = useMutation(DeactivateAccountMutation);
  const [reactivate, reactivation] = useMutation(ReactivateAccountMutation);
  const variables = { id: account.id, version: account.version };

  async function confirm() {
    try {
      const changed = deactivating ? (await deactivate({ variables })).data?.deactivateAccount : (await reactivate({ variables })).data?.reactivateAccount;
      if (changed) onDone(changed);
    } catch {
      // shown below
    }
  }

  const texts = { name: account.displayName, email: account.email };
  return (
    <Dialog open onClose={onClose} aria-labelledby="account-active-title" aria-describedby="account-active-body" fullWidth maxWidth="xs">
      <DialogTitle id="account-active-title">{t(deactivating ? 'accountAdmin.activeDialog.deactivateTitle' : 'accountAdmin.activeDialog.reactivateTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="account-active-body" sx={{ overflowWrap: 'anywhere' }}>
          {t(deactivating ? 'accountAdmin.activeDialog.deactivateBody' : 'accountAdmin.activeDialog.reactivateBody', texts)}
        </DialogContentText>
        <ApiErrorAlert error={deactivation.error ?? reactivation.error} fallback={t('common.saveFailed')} onReload={onReload} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" color={deactivating ? 'error' : 'primary'} loading={deactivation.loading || reactivation.loading} onClick={() => void confirm()}>
          {t(deactivating ? 'accountAdmin.deactivate' : 'accountAdmin.reactivate')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
