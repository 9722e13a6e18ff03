import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { parseCalendarDate, todayInAmsterdam } from '@srpo/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { DeregisterMutation } from './graphql';

export interface DeregisterDialogProps {
  name: string;
  registrationId: string;
  /** The registration's version as read: a change meanwhile is refused (CONFLICT). */
  version: number;
  open: boolean;
  onClose(): void;
  onDeregistered(on: string): void;
  onReload(): void;
}

/** "Uitschrijven": the date (default today) and the reason, sent with the registration's version. */
export function DeregisterDialog({ name, registrationId, version, open, onClose, onDeregistered, onReload }: DeregisterDialogProps) {
  const { t } = useTranslation();
  const [on, setOn] = useState(() => todayInAmsterdam(new Date()) as string);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<'on' | 'reason' | null>(null);
  const [deregister, { loading, error, reset }] = useMutation(DeregisterMutation);

  function close() {
    reset();
    setMissing(null);
    onClose();
  }

  async function submit() {
    const date = parseCalendarDate(on);
    if (!date) return setMissing('on');
    if (!reason.trim()) return setMissing('reason');
    try {
      await deregister({ variables: { registrationId, version, on: date, reason: reason.trim() } });
      onDeregistered(date);
      close();
    } catch {
      // shown below
    }
  }

  return (
    <Dialog open={open} onClose={close} aria-labelledby="deregister-title" fullWidth maxWidth="sm">
      <DialogTitle id="deregister-title">{t('deregistration.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('deregistration.intro', { name })}</DialogContentText>
        <Box sx={{ display: 'grid', gap: 2, pt: 1 }}>
          <TextField
            id="deregister-on"
            type="date"
            label={t('deregistration.on')}
            required
            value={on}
            onChange={(event) => {
              setOn(event.target.value);
              setMissing(null);
            }}
            error={missing === 'on'}
            helperText={missing === 'on' ? t('deregistration.onRequired') : undefined}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            id="deregister-reason"
            label={t('deregistration.reason')}
            required
            multiline
            minRows={2}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setMissing(null);
            }}
            error={missing === 'reason'}
            helperText={missing === 'reason' ? t('deregistration.reasonRequired') : undefined}
          />
        </Box>
        <ApiErrorAlert
          error={error}
          fallback={t('common.saveFailed')}
          onReload={() => {
            onReload();
            close();
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{t('common.cancel')}</Button>
        <Button variant="contained" color="error" loading={loading} onClick={() => void submit()}>
          {t('deregistration.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
