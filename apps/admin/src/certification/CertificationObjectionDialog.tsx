import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { hasObjectionGrounds, isObjectionOpen, objectionDeadline, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { FileCertificationObjectionMutation } from './graphql';

/** "Bezwaar maken" for an owner, shown only while the domain says the objection period is open. */
export function CertificationObjectionButton({ certificationId, decidedOn }: { certificationId: string; decidedOn: string }) {
  const { t } = useTranslation();
  const dates = useApplicationLabels();
  const [open, setOpen] = useState(false);
  const [grounds, setGrounds] = useState('');
  const [missing, setMissing] = useState(false);
  const [fileObjection, { data, loading, error }] = useMutation(FileCertificationObjectionMutation);
  const decided = decidedOn as CalendarDate;
  if (!isObjectionOpen(decided, todayInAmsterdam(new Date()))) return null;
  if (data) return <Alert severity="success" sx={{ mt: 1 }}>{t('certificationObjection.filed')}</Alert>;

  async function submit() {
    if (!hasObjectionGrounds(grounds)) {
      setMissing(true);
      return;
    }
    try {
      await fileObjection({ variables: { certificationId, grounds: grounds.trim() } });
      setOpen(false);
    } catch {
      // shown in the dialog
    }
  }

  const titleId = `objection-${certificationId}-title`;
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} sx={{ ml: 1 }}>
        {t('certificationObjection.object')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <DialogTitle id={titleId}>{t('certificationObjection.title', { date: dates.date(decidedOn) })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {t('certificationObjection.intro', { deadline: dates.date(objectionDeadline(decided)) })}
          </DialogContentText>
          <TextField
            id={`objection-${certificationId}-grounds`}
            label={t('certificationObjection.grounds')}
            multiline
            minRows={3}
            fullWidth
            required
            value={grounds}
            onChange={(event) => {
              setGrounds(event.target.value);
              setMissing(false);
            }}
            error={missing}
            helperText={missing ? t('certificationObjection.groundsRequired') : undefined}
          />
          <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
          <Button variant="contained" loading={loading} onClick={() => void submit()}>
            {t('certificationObjection.submit')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
