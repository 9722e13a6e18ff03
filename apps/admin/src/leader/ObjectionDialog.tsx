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
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { FileObjectionMutation } from './graphql';
import { staleLists } from '../paging/staleLists';

export interface ObjectionDialogProps {
  decisionId: string;
  deadline: string;
  open: boolean;
  onClose(): void;
}

/** "Bezwaar maken": the grounds of the objection against a decision. */
export function ObjectionDialog({ decisionId, deadline, open, onClose }: ObjectionDialogProps) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const [grounds, setGrounds] = useState('');
  const [fileObjection, { loading, error, reset }] = useMutation(FileObjectionMutation, { update: staleLists('myApplications') });

  async function submit() {
    try {
      await fileObjection({ variables: { decisionId, grounds } });
      setGrounds('');
      onClose();
    } catch {
      // shown below
    }
  }

  return (
    <Dialog
      open={open}
      onClose={() => {
        reset();
        onClose();
      }}
      aria-labelledby={`objection-${decisionId}-title`}
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id={`objection-${decisionId}-title`}>{t('leader.objection.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('leader.objection.intro', { deadline: labels.date(deadline) })}</DialogContentText>
        <TextField
          id={`objection-${decisionId}-grounds`}
          label={t('leader.objection.grounds')}
          multiline
          minRows={4}
          fullWidth
          required
          value={grounds}
          onChange={(event) => setGrounds(event.target.value)}
        />
        <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void submit()} loading={loading}>
          {t('leader.objection.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
