import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { hasObjectionGrounds, isObjectionOpen, objectionDeadline, OBJECTION_GROUNDS_MIN_LENGTH, parseCalendarDate, todayInAmsterdam } from '@srpo/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import type { ObjectionDecisionKind, ObjectionStateFieldsFragment } from '../gql/graphql';
import { staleLists } from '../paging/staleLists';
import { FileObjectionMutation } from './graphql';

export interface ObjectionButtonProps {
  decisionKind: ObjectionDecisionKind;
  decisionId: string;
  /** The decision's date: the domain says until when an objection is open. */
  decidedOn: string;
  /** Objections already filed against the decision. */
  objections: readonly ObjectionStateFieldsFragment[];
  /** Root query fields that show the decision: dropped from the cache after filing, so they load again. */
  staleLists: readonly string[];
}

/**
 * "Bezwaar maken" against one decision of any kind (DESIGN §3.8), with its dialog: shown only while
 * the domain says the objection period is open and no objection is pending.
 */
export function ObjectionButton({ decisionKind, decisionId, decidedOn, objections, staleLists: lists }: ObjectionButtonProps) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const [open, setOpen] = useState(false);
  const [grounds, setGrounds] = useState('');
  const [missing, setMissing] = useState(false);
  const [fileObjection, { data, loading, error, reset }] = useMutation(FileObjectionMutation, { update: staleLists(...lists) });
  const decided = parseCalendarDate(decidedOn);
  const today = parseCalendarDate(todayInAmsterdam(new Date()));
  if (data) {
    return (
      <Alert severity="success" role="status" sx={{ mt: 1 }}>
        {t('objections.file.filed')}
      </Alert>
    );
  }
  const pending = objections.some((objection) => objection.status === 'FILED');
  if (!decided || !today || pending || !isObjectionOpen(decided, today)) return null;

  function close() {
    reset();
    setMissing(false);
    setOpen(false);
  }

  async function submit() {
    if (!hasObjectionGrounds(grounds)) {
      setMissing(true);
      return;
    }
    try {
      await fileObjection({ variables: { decisionKind, decisionId, grounds: grounds.trim() } });
      setOpen(false);
    } catch {
      // shown in the dialog
    }
  }

  const id = `objection-${decisionId}`;
  return (
    <>
      <Button variant="outlined" size="small" onClick={() => setOpen(true)} data-testid="object-button">
        {t('objections.file.open')}
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={`${id}-title`} fullWidth maxWidth="sm">
        <DialogTitle id={`${id}-title`}>{t('objections.file.title', { date: labels.date(decided) })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('objections.file.intro', { deadline: labels.date(objectionDeadline(decided)) })}</DialogContentText>
          <TextField
            id={`${id}-grounds`}
            label={t('objections.file.grounds')}
            multiline
            minRows={4}
            fullWidth
            required
            value={grounds}
            onChange={(event) => {
              setGrounds(event.target.value);
              setMissing(false);
            }}
            error={missing}
            helperText={missing ? t('objections.file.groundsRequired', { count: OBJECTION_GROUNDS_MIN_LENGTH }) : undefined}
          />
          <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button variant="contained" loading={loading} onClick={() => void submit()}>
            {t('objections.file.submit')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
