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
import { staleLists } from '../paging/staleLists';
import { SubmitPeerReflectionMutation } from './graphql';

export interface ReflectionDialogProps {
  groupId: string;
  subject: { id: string; name: string; theme: string };
  deadline: string;
  onClose(): void;
  onDone(name: string): void;
}

/** "Reflectie schrijven" on one other member of the trio, before the 48-hour deadline (the API checks it). */
export function ReflectionDialog({ groupId, subject, deadline, onClose, onDone }: ReflectionDialogProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [submitReflection, { loading, error }] = useMutation(SubmitPeerReflectionMutation, { update: staleLists('myPeerValidations') });

  async function submit() {
    const trimmed = text.trim();
    setMissing(trimmed === '');
    if (trimmed === '') return;
    try {
      await submitReflection({ variables: { input: { groupId, subjectLeaderId: subject.id, text: trimmed } } });
      onDone(subject.name);
    } catch {
      // shown below
    }
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby="peer-reflection-title" fullWidth maxWidth="md">
      <DialogTitle id="peer-reflection-title">{t('peer.leader.reflections.dialogTitle', { name: subject.name })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('peer.leader.reflections.dialogIntro', { name: subject.name, theme: subject.theme, deadline })}</DialogContentText>
        <TextField
          id="peer-reflection-text"
          label={t('peer.leader.reflections.text')}
          multiline
          minRows={6}
          fullWidth
          required
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setMissing(false);
          }}
          error={missing}
          helperText={missing ? t('peer.leader.reflections.textRequired') : undefined}
        />
        <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" loading={loading} onClick={() => void submit()}>
          {t('peer.leader.reflections.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
