import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';

export interface ConfirmWebhookDialogProps {
  id: string;
  title: string;
  body: string;
  confirmLabel: string;
  /** Red for what cannot be undone. */
  destructive?: boolean;
  busy: boolean;
  error: unknown;
  onConfirm(): void;
  onClose(): void;
}

/** Asks before a subscription is deleted or gets a new secret; both cannot be undone. */
export function ConfirmWebhookDialog({ id, title, body, confirmLabel, destructive, busy, error, onConfirm, onClose }: ConfirmWebhookDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open onClose={onClose} aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} fullWidth maxWidth="xs">
      <DialogTitle id={`${id}-title`}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText id={`${id}-body`} sx={{ overflowWrap: 'anywhere' }}>
          {body}
        </DialogContentText>
        <ApiErrorAlert error={error} fallback={t('webhooks.actionFailed')} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" color={destructive ? 'error' : 'primary'} loading={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
