import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { staleLists } from '../paging/staleLists';
import { FacilitatorPicker, type Facilitator } from './FacilitatorPicker';
import { PublishPeerSessionMutation } from './graphql';
import { EMPTY_SESSION_DRAFT, readSessionDraft, type SessionDraft, type SessionDraftProblem } from './sessionDraft';
import { usePeerLabels } from './usePeerLabels';

/** "Bijeenkomst publiceren": date, start and end time (Dutch time), location, facilitator and number of places. */
export function PublishSessionForm() {
  const { t } = useTranslation();
  const labels = usePeerLabels();
  const [draft, setDraft] = useState<SessionDraft>(EMPTY_SESSION_DRAFT);
  const [facilitator, setFacilitator] = useState<Facilitator | null>(null);
  const [problems, setProblems] = useState<SessionDraftProblem[]>([]);
  const [published, setPublished] = useState<string | null>(null);
  const [publish, { loading, error, reset }] = useMutation(PublishPeerSessionMutation, { update: staleLists('peerSessions', 'facilitatedPeerSessions') });
  const update = (change: Partial<SessionDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setProblems([]);
  };
  const problem = (...which: SessionDraftProblem[]) => which.find((one) => problems.includes(one));
  const helper = (which: SessionDraftProblem | undefined, hint?: string) => (which ? t(`peer.staff.publish.problems.${which}`) : hint);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPublished(null);
    reset();
    const read = readSessionDraft(draft);
    setProblems(read.problems);
    if (!read.input) return;
    try {
      const { data } = await publish({ variables: { input: read.input } });
      if (data) setPublished(labels.session(data.publishPeerSession));
      setDraft(EMPTY_SESSION_DRAFT);
      setFacilitator(null);
    } catch {
      // shown below
    }
  }

  const dateProblem = problem('dateRequired');
  const startProblem = problem('startTimeRequired');
  const endProblem = problem('endTimeRequired', 'endBeforeStart');
  return (
    <Box component="form" noValidate onSubmit={(event) => void submit(event)} sx={{ display: 'grid', gap: 2, maxWidth: '36rem' }}>
      <TextField
        id="peer-date"
        label={t('peer.staff.publish.date')}
        type="date"
        required
        value={draft.date}
        onChange={(event) => update({ date: event.target.value })}
        error={Boolean(dateProblem)}
        helperText={helper(dateProblem)}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(9rem, 1fr))' }}>
        <TextField
          id="peer-start"
          label={t('peer.staff.publish.startTime')}
          type="time"
          required
          value={draft.startTime}
          onChange={(event) => update({ startTime: event.target.value })}
          error={Boolean(startProblem)}
          helperText={helper(startProblem)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          id="peer-end"
          label={t('peer.staff.publish.endTime')}
          type="time"
          required
          value={draft.endTime}
          onChange={(event) => update({ endTime: event.target.value })}
          error={Boolean(endProblem)}
          helperText={helper(endProblem)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Box>
      <TextField
        id="peer-location"
        label={t('peer.staff.publish.location')}
        required
        value={draft.location}
        onChange={(event) => update({ location: event.target.value })}
        error={problems.includes('locationRequired')}
        helperText={helper(problem('locationRequired'))}
      />
      <FacilitatorPicker
        value={facilitator}
        onChange={(next) => {
          setFacilitator(next);
          update({ facilitatorId: next?.id ?? null });
        }}
        error={problems.includes('facilitatorRequired')}
      />
      <TextField
        id="peer-capacity"
        label={t('peer.staff.publish.capacity')}
        type="number"
        required
        value={draft.capacity}
        onChange={(event) => update({ capacity: event.target.value })}
        error={problems.includes('capacityRequired')}
        helperText={helper(problem('capacityRequired'), t('peer.staff.publish.capacityHint'))}
        slotProps={{ htmlInput: { min: 3, step: 3, inputMode: 'numeric' } }}
      />
      <Box>
        <Button type="submit" variant="contained" loading={loading}>
          {t('peer.staff.publish.submit')}
        </Button>
      </Box>
      <Box role="status">{published && <Alert severity="success">{t('peer.staff.publish.done', { when: published })}</Alert>}</Box>
      <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
    </Box>
  );
}
