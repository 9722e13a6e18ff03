import { useMutation } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { dataRequestDeadline, todayInAmsterdam, validateDataRequestExtension, type CalendarDate } from '@srpo/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { reasonText } from '../forms/reasonText';
import type { QueuedDataRequest } from './DecideDataRequestDialog';
import { ExtendDataRequestMutation } from './graphql';

/** "Termijn verlengen": two months more (the domain's date shown), with grounds the leader receives by letter. */
export function ExtendDataRequestDialog({ request, onClose, onExtended, onReload }: { request: QueuedDataRequest; onClose(): void; onExtended(deadline: string): void; onReload(): void }) {
  const { t, i18n } = useTranslation();
  const labels = useApplicationLabels();
  const [grounds, setGrounds] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [extend, { loading, error }] = useMutation(ExtendDataRequestMutation);
  const id = `extend-${request.id}`;
  const receivedOn = request.receivedOn as CalendarDate;

  async function submit() {
    const check = validateDataRequestExtension({ receivedOn, extended: request.extendedOn !== null }, todayInAmsterdam(new Date()), grounds);
    if (!check.ok) return setProblem(reasonText(check.reasons[0]!, i18n.language));
    try {
      const { data } = await extend({ variables: { id: request.id, version: request.version, grounds: grounds.trim() } });
      if (data) onExtended(data.extendDataRequest.deadline);
    } catch {
      // shown below
    }
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby={`${id}-title`} fullWidth maxWidth="sm">
      <DialogTitle id={`${id}-title`}>{t('dataRequests.extend.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('dataRequests.extend.intro', { date: labels.date(dataRequestDeadline(receivedOn, true)) })}</DialogContentText>
        <TextField
          id={`${id}-grounds`}
          label={t('dataRequests.extend.grounds')}
          required
          fullWidth
          multiline
          minRows={2}
          value={grounds}
          onChange={(event) => {
            setGrounds(event.target.value);
            setProblem(null);
          }}
          error={problem !== null}
          helperText={problem ?? undefined}
        />
        <ApiErrorAlert
          error={error}
          fallback={t('common.saveFailed')}
          onReload={() => {
            onReload();
            onClose();
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" loading={loading} onClick={() => void submit()}>
          {t('dataRequests.extend.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
