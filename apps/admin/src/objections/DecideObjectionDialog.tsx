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
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import type { OpenObjectionsQuery } from '../gql/graphql';
import { staleLists } from '../paging/staleLists';
import { DecideObjectionMutation } from './graphql';

export type OpenObjection = OpenObjectionsQuery['objections']['edges'][number]['node'];

export interface DecideObjectionDialogProps {
  objection: OpenObjection;
  open: boolean;
  onClose(): void;
  onDecided(status: 'UPHELD' | 'DISMISSED'): void;
  onReload(): void;
}

/** Gegrond (the decision is reopened) or ongegrond, always with reasons; nothing is preselected. */
export function DecideObjectionDialog({ objection, open, onClose, onDecided, onReload }: DecideObjectionDialogProps) {
  const { t } = useTranslation();
  const [upheld, setUpheld] = useState<boolean | null>(null);
  const [reasons, setReasons] = useState('');
  const [missing, setMissing] = useState<'outcome' | 'reasons' | null>(null);
  const [decide, { loading, error, reset }] = useMutation(DecideObjectionMutation, {
    // Upholding reopens a decision: the lists it goes back to are stale too.
    update: staleLists('objections', 'openObjectionCounts', 'offeringsToCertify', 'deferralRequests', 'certificatesToVerify'),
  });
  const id = `decide-objection-${objection.id}`;
  const party = objection.decision?.partyName ?? '';

  function close() {
    reset();
    setMissing(null);
    onClose();
  }

  async function submit() {
    if (upheld === null) return setMissing('outcome');
    if (!reasons.trim()) return setMissing('reasons');
    try {
      const { data } = await decide({ variables: { id: objection.id, version: objection.version, upheld, reasons: reasons.trim() } });
      if (data) onDecided(data.decideObjection.status === 'UPHELD' ? 'UPHELD' : 'DISMISSED');
      close();
    } catch {
      // shown below
    }
  }

  return (
    <Dialog open={open} onClose={close} aria-labelledby={`${id}-title`} fullWidth maxWidth="sm">
      <DialogTitle id={`${id}-title`}>{t('objections.decide.title', { party })}</DialogTitle>
      <DialogContent>
        {objection.decision?.reasons && (
          <DialogContentText sx={{ mb: 1 }}>{t('objections.decide.decisionReasons', { reasons: objection.decision.reasons })}</DialogContentText>
        )}
        <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
          {t('objections.decide.grounds')}
        </Typography>
        <DialogContentText sx={{ mb: 2, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{objection.grounds}</DialogContentText>
        <Box sx={{ display: 'grid', gap: 2 }}>
          <FormControl error={missing === 'outcome'} required>
            <FormLabel id={`${id}-outcome`}>{t('objections.decide.outcome')}</FormLabel>
            <RadioGroup
              aria-labelledby={`${id}-outcome`}
              value={upheld === null ? '' : String(upheld)}
              onChange={(event) => {
                setUpheld(event.target.value === 'true');
                setMissing(null);
              }}
            >
              <FormControlLabel value="true" control={<Radio />} label={t('objections.decide.upheld')} />
              <FormControlLabel value="false" control={<Radio />} label={t('objections.decide.dismissed')} />
            </RadioGroup>
            {missing === 'outcome' && <FormHelperText>{t('objections.decide.outcomeRequired')}</FormHelperText>}
          </FormControl>
          <TextField
            id={`${id}-reasons`}
            label={t('objections.decide.reasons')}
            multiline
            minRows={3}
            required
            value={reasons}
            onChange={(event) => {
              setReasons(event.target.value);
              setMissing(null);
            }}
            error={missing === 'reasons'}
            helperText={missing === 'reasons' ? t('objections.decide.reasonsRequired') : undefined}
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
          {t('objections.decide.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
