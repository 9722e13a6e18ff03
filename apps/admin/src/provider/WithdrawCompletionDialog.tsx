import { useMutation } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { WithdrawCompletionMutation } from './graphql';

export interface WithdrawCompletionDialogProps {
  completion: { id: string; version: number; leader: { displayName: string } };
  onClose(): void;
  onWithdrawn(): void;
}

/** "Intrekken": a wrong completion no longer counts; the reason is required and audited. */
export function WithdrawCompletionDialog({ completion, onClose, onWithdrawn }: WithdrawCompletionDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [withdraw, { loading, error }] = useMutation(WithdrawCompletionMutation);

  async function submit() {
    if (!reason.trim()) return setMissing(true);
    try {
      await withdraw({ variables: { id: completion.id, version: completion.version, reason: reason.trim() } });
      onWithdrawn();
      onClose();
    } catch {
      // shown below
    }
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby="withdraw-title" fullWidth maxWidth="sm">
      <DialogTitle id="withdraw-title">{t('provider.completions.withdrawTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('provider.completions.withdrawIntro', { name: completion.leader.displayName })}</DialogContentText>
        <TextField
          id="withdraw-reason"
          label={t('provider.completions.withdrawReason')}
          required
          fullWidth
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setMissing(false);
          }}
          error={missing}
          helperText={missing ? t('provider.completions.withdrawReasonRequired') : undefined}
        />
        <ApiErrorAlert
          error={error}
          fallback={t('common.saveFailed')}
          onReload={() => {
            onWithdrawn();
            onClose();
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" color="error" loading={loading} onClick={() => void submit()}>
          {t('provider.completions.withdraw')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
