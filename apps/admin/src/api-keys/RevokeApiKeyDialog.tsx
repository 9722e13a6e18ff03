import { useMutation } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import type { ApiKeyFieldsFragment } from '../gql/graphql';
import { RevokeApiKeyMutation } from './graphql';

export interface RevokeApiKeyDialogProps {
  apiKey: ApiKeyFieldsFragment | null;
  onClose(): void;
  onRevoked(apiKey: ApiKeyFieldsFragment): void;
}

/** Asks before a key is revoked: that cannot be undone. */
export function RevokeApiKeyDialog({ apiKey, onClose, onRevoked }: RevokeApiKeyDialogProps) {
  const { t } = useTranslation();
  const [revoke, { loading, error, reset }] = useMutation(RevokeApiKeyMutation);

  function close() {
    reset();
    onClose();
  }

  async function confirm() {
    if (!apiKey) return;
    try {
      const { data } = await revoke({ variables: { id: apiKey.id } });
      if (data) onRevoked(data.revokeApiKey);
      reset();
    } catch {
      // shown below
    }
  }

  return (
    <Dialog open={apiKey !== null} onClose={close} aria-labelledby="revoke-key-title" aria-describedby="revoke-key-body" fullWidth maxWidth="xs">
      <DialogTitle id="revoke-key-title">{t('apiKeys.revokeDialog.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="revoke-key-body">
          {apiKey ? t('apiKeys.revokeDialog.body', { organisation: apiKey.organisation, purpose: apiKey.purpose }) : null}
        </DialogContentText>
        <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{t('common.cancel')}</Button>
        <Button variant="contained" color="error" loading={loading} onClick={() => void confirm()}>
          {t('apiKeys.revokeDialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
