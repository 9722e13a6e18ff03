import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { todayInAmsterdam } from '@srpo/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import type { DeferralKind, DeferralReason } from '../gql/graphql';
import { missingFields, motivationRequired, reasonsForKind, type DeferralDraft, type DeferralDraftField } from './deferralDraft';
import { RequestDeferralMutation } from './graphql';
import { staleLists } from '../paging/staleLists';

export interface RequestDeferralDialogProps {
  open: boolean;
  onClose(): void;
  /** Called after the API accepted the request. */
  onRequested(): void;
  /** The current re-registration due date, to show what is being deferred. */
  currentDue: string | null | undefined;
  kind?: DeferralKind;
}

const EMPTY: DeferralDraft = { reason: '', requestedDueDate: '', motivation: '' };

/** "Uitstel aanvragen": a reason the domain admits for the kind, the new date and (mostly) a motivation. */
export function RequestDeferralDialog({ open, onClose, onRequested, currentDue, kind = 'RE_REGISTRATION' }: RequestDeferralDialogProps) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const [today] = useState(() => todayInAmsterdam(new Date()));
  const [draft, setDraft] = useState<DeferralDraft>(EMPTY);
  const [missing, setMissing] = useState<DeferralDraftField[]>([]);
  const [request, { loading, error, reset }] = useMutation(RequestDeferralMutation, { update: staleLists('myDeferralRequests') });
  const needsMotivation = draft.reason !== '' && motivationRequired(kind, draft.reason, today);
  const update = (change: Partial<DeferralDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setMissing([]);
  };

  function close() {
    reset();
    setMissing([]);
    onClose();
  }

  async function submit() {
    const stillMissing = missingFields(kind, draft, today);
    setMissing(stillMissing);
    if (stillMissing.length > 0 || draft.reason === '') return;
    try {
      await request({
        variables: { kind, reason: draft.reason, requestedDueDate: draft.requestedDueDate, motivation: draft.motivation.trim() || null },
      });
      setDraft(EMPTY);
      onRequested();
      close();
    } catch {
      // shown below
    }
  }

  return (
    <Dialog open={open} onClose={close} aria-labelledby="deferral-dialog-title" fullWidth maxWidth="sm">
      <DialogTitle id="deferral-dialog-title">{t('deferral.mine.request')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>{t('deferral.form.intro')}</DialogContentText>
        {currentDue && <DialogContentText sx={{ mb: 2 }}>{t('deferral.form.currentDue', { date: labels.date(currentDue) })}</DialogContentText>}
        <Box sx={{ display: 'grid', gap: 2, pt: 1 }}>
          <TextField
            select
            id="deferral-reason"
            label={t('deferral.form.reason')}
            required
            value={draft.reason}
            onChange={(event) => update({ reason: event.target.value as DeferralReason })}
            error={missing.includes('reason')}
            helperText={missing.includes('reason') ? t('deferral.form.reasonRequired') : undefined}
          >
            {reasonsForKind(kind, today).map((reason) => (
              <MenuItem key={reason} value={reason}>
                {t(`deferral.reasons.${reason}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            id="deferral-date"
            type="date"
            label={t('deferral.form.date')}
            required
            value={draft.requestedDueDate}
            onChange={(event) => update({ requestedDueDate: event.target.value })}
            error={missing.includes('requestedDueDate')}
            helperText={missing.includes('requestedDueDate') ? t('deferral.form.dateRequired') : undefined}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            id="deferral-motivation"
            label={t('deferral.form.motivation')}
            multiline
            minRows={3}
            required={needsMotivation}
            value={draft.motivation}
            onChange={(event) => update({ motivation: event.target.value })}
            error={missing.includes('motivation')}
            helperText={missing.includes('motivation') ? t('deferral.form.motivationRequired') : needsMotivation ? undefined : t('deferral.form.motivationHint')}
          />
        </Box>
        <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{t('common.cancel')}</Button>
        <Button variant="contained" loading={loading} onClick={() => void submit()}>
          {t('deferral.form.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
