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
import type { ApplicationFieldsFragment } from '../gql/graphql';
import { ReturnApplicationMutation } from './graphql';
import { staleLists } from '../paging/staleLists';

export interface StaffDialogProps {
  application: ApplicationFieldsFragment;
  open: boolean;
  onClose(): void;
  /** Reloads the application (after CONFLICT). */
  onReload(): void;
}

/** "Terugsturen voor informatie": the message tells the leader what is missing. */
export function ReturnDialog({ application, open, onClose, onReload }: StaffDialogProps) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [missing, setMissing] = useState(false);
  const [returnApplication, { loading, error, reset }] = useMutation(ReturnApplicationMutation, { update: staleLists('applicationCounts', 'applications') });

  async function submit() {
    if (!message.trim()) {
      setMissing(true);
      return;
    }
    try {
      await returnApplication({ variables: { id: application.id, message: message.trim(), version: application.version } });
      setMessage('');
      onClose();
    } catch {
      // shown below
    }
  }

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="return-dialog-title" fullWidth maxWidth="sm">
      <DialogTitle id="return-dialog-title">{t('staff.actions.RETURN')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('staff.return.intro')}</DialogContentText>
        <TextField
          id="return-message"
          label={t('staff.return.message')}
          multiline
          minRows={3}
          fullWidth
          required
          value={message}
          onChange={(event) => {
            setMessage(event.target.value);
            setMissing(false);
          }}
          error={missing}
          helperText={missing ? t('staff.return.messageRequired') : undefined}
        />
        <ApiErrorAlert
          error={error}
          fallback={t('common.saveFailed')}
          onReload={() => {
            reset();
            onReload();
            onClose();
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" loading={loading} onClick={() => void submit()}>
          {t('staff.return.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
