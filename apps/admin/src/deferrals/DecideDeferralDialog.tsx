import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import type { DeferralFieldsFragment, DeferralOutcome } from '../gql/graphql';
import { decisionVariables, type DecisionDraft } from './deferralDraft';
import { DeferralHistory, type DeferralCheckFields } from './DeferralHistory';
import { DecideDeferralMutation } from './graphql';

const OUTCOMES: readonly DeferralOutcome[] = ['GRANTED', 'PARTLY_GRANTED', 'REJECTED'];

export interface DecideDeferralDialogProps {
  request: DeferralFieldsFragment;
  /** The leader's other requests and the rules' check today (shown before deciding). */
  check?: DeferralCheckFields;
  open: boolean;
  onClose(): void;
  /** After the decision was recorded. */
  onDecided(request: DeferralFieldsFragment): void;
  /** Reloads the list (after CONFLICT). */
  onReload(): void;
}

/** Toekennen (the requested date), Gedeeltelijk toekennen (an earlier date) or Afwijzen (with grounds), with the version read. */
export function DecideDeferralDialog({ request, check, open, onClose, onDecided, onReload }: DecideDeferralDialogProps) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  // When the rules no longer allow the deferral, only a rejection is offered.
  const grantable = check?.allowed ?? true;
  const [draft, setDraft] = useState<DecisionDraft>({ outcome: grantable ? 'GRANTED' : 'REJECTED', newDueDate: '', reasons: '' });
  const [missing, setMissing] = useState<'newDueDate' | 'reasons' | null>(null);
  const [decide, { loading, error, reset }] = useMutation(DecideDeferralMutation);
  const id = `decide-${request.id}`;
  const update = (change: Partial<DecisionDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setMissing(null);
  };
  const requested = labels.date(request.requestedDueDate);

  function close() {
    reset();
    setMissing(null);
    onClose();
  }

  async function submit() {
    const result = decisionVariables(request.requestedDueDate, draft);
    if (!result.ok) {
      setMissing(result.missing);
      return;
    }
    try {
      const { data } = await decide({ variables: { id: request.id, version: request.version, ...result.variables } });
      if (data) onDecided(data.decideDeferral);
      close();
    } catch {
      // shown below
    }
  }

  return (
    <Dialog open={open} onClose={close} aria-labelledby={`${id}-title`} fullWidth maxWidth="sm">
      <DialogTitle id={`${id}-title`}>{t('deferral.decide.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>
          {t('deferral.decide.summary', {
            name: request.leader.displayName,
            registerNumber: request.leader.registerNumber,
            date: requested,
            reason: t(`deferral.reasons.${request.reason}`),
          })}
        </DialogContentText>
        {request.motivation && <DialogContentText sx={{ mb: 2, whiteSpace: 'pre-line' }}>{request.motivation}</DialogContentText>}
        {check && <DeferralHistory request={request} check={check} headingId={`${id}-history`} />}
        <Box sx={{ display: 'grid', gap: 2 }}>
          <FormControl>
            <FormLabel id={`${id}-outcome`}>{t('deferral.decide.outcome')}</FormLabel>
            <RadioGroup aria-labelledby={`${id}-outcome`} value={draft.outcome} onChange={(event) => update({ outcome: event.target.value as DeferralOutcome })}>
              {OUTCOMES.map((outcome) => (
                <FormControlLabel
                  key={outcome}
                  value={outcome}
                  control={<Radio />}
                  label={t(`deferral.decide.${outcome}`)}
                  disabled={!grantable && outcome !== 'REJECTED'}
                />
              ))}
            </RadioGroup>
          </FormControl>
          {draft.outcome === 'GRANTED' && <Typography data-testid="granted-date">{t('deferral.decide.grantedDate', { date: requested })}</Typography>}
          {draft.outcome === 'PARTLY_GRANTED' && (
            <TextField
              id={`${id}-date`}
              type="date"
              label={t('deferral.decide.newDueDate', { date: requested })}
              required
              value={draft.newDueDate}
              onChange={(event) => update({ newDueDate: event.target.value })}
              error={missing === 'newDueDate'}
              helperText={missing === 'newDueDate' ? t('deferral.decide.newDueDateRequired') : undefined}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          )}
          <TextField
            id={`${id}-reasons`}
            label={t('deferral.decide.reasons')}
            multiline
            minRows={2}
            required={draft.outcome === 'REJECTED'}
            value={draft.reasons}
            onChange={(event) => update({ reasons: event.target.value })}
            error={missing === 'reasons'}
            helperText={missing === 'reasons' ? t('deferral.decide.reasonsRequired') : t('deferral.decide.reasonsHint')}
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
        <Button variant="contained" loading={loading} onClick={() => void submit()}>
          {t('deferral.decide.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
