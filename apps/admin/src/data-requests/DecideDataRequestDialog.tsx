import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
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
import { todayInAmsterdam, validateCorrectionValues, validateDataRequestDecision, type CalendarDate } from '@srpo/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { reasonText } from '../forms/reasonText';
import type { DataRequestOutcome, DataRequestsQuery, LeaderDataCorrectionInput, LeaderDataField } from '../gql/graphql';
import { DataRequestDetails, dataRequestTitle } from './DataRequestItem';
import { DecideDataRequestMutation } from './graphql';

export type QueuedDataRequest = DataRequestsQuery['dataRequests']['edges'][number]['node'];

/** The correctable fields: the form's key, the API's field name, and whether it is a date. */
const FIELDS: readonly { key: keyof LeaderDataCorrectionInput & keyof NonNullable<QueuedDataRequest['leaderData']>; field: LeaderDataField }[] = [
  { key: 'initials', field: 'INITIALS' },
  { key: 'firstName', field: 'FIRST_NAME' },
  { key: 'infix', field: 'INFIX' },
  { key: 'lastName', field: 'LAST_NAME' },
  { key: 'birthDate', field: 'BIRTH_DATE' },
  { key: 'email', field: 'EMAIL' },
];

type Values = Record<(typeof FIELDS)[number]['key'], string>;

function valuesOf(data: QueuedDataRequest['leaderData']): Values {
  return { initials: data?.initials ?? '', firstName: data?.firstName ?? '', infix: data?.infix ?? '', lastName: data?.lastName ?? '', birthDate: data?.birthDate ?? '', email: data?.email ?? '' };
}

export interface DecideDataRequestDialogProps {
  request: QueuedDataRequest;
  onClose(): void;
  onDecided(): void;
  /** Reloads the queue (after CONFLICT). */
  onReload(): void;
}

/**
 * Decides a request, nothing chosen beforehand: a correction carried out (the leader's fields, changed
 * where wrong, and/or what was done elsewhere) or an erasure granted (only when the rules allow it now),
 * or refused with grounds. The domain checks the decision before it is sent.
 */
export function DecideDataRequestDialog({ request, onClose, onDecided, onReload }: DecideDataRequestDialogProps) {
  const { t, i18n } = useTranslation();
  const labels = useApplicationLabels();
  const [outcome, setOutcome] = useState<DataRequestOutcome | ''>('');
  const [grounds, setGrounds] = useState('');
  const current = valuesOf(request.leaderData);
  const [values, setValues] = useState<Values>(current);
  const [problem, setProblem] = useState<{ on: 'outcome' | 'grounds' | 'values'; messages: string[] } | null>(null);
  const [decide, { loading, error }] = useMutation(DecideDataRequestMutation);
  const id = `decide-data-${request.id}`;
  const correcting = request.kind === 'CORRECTION' && outcome === 'GRANTED';

  function changes(): LeaderDataCorrectionInput {
    return Object.fromEntries(FIELDS.filter(({ key }) => values[key].trim() !== current[key]).map(({ key }) => [key, values[key].trim()]));
  }

  async function submit() {
    if (!outcome) return setProblem({ on: 'outcome', messages: [t('dataRequests.decide.outcomeRequired')] });
    const correction = correcting ? changes() : {};
    const changedFields = FIELDS.filter(({ key }) => key in correction).map(({ field }) => field);
    const today = todayInAmsterdam(new Date());
    const valuesCheck = validateCorrectionValues(
      { initials: correction.initials ?? null, firstName: correction.firstName ?? null, lastName: correction.lastName ?? null, birthDate: (correction.birthDate as CalendarDate | undefined) ?? null, email: correction.email ?? null },
      today,
    );
    if (!valuesCheck.ok) return setProblem({ on: 'values', messages: valuesCheck.reasons.map((reason) => reasonText(reason, i18n.language)) });
    // The erasure rule is the API's (it knows the registrations, shown as `check` above); the rest is checked here.
    const decisionCheck = validateDataRequestDecision(request.kind, { outcome, grounds, changedFields }, [], today);
    if (!decisionCheck.ok) return setProblem({ on: 'grounds', messages: decisionCheck.reasons.map((reason) => reasonText(reason, i18n.language)) });
    try {
      await decide({
        variables: { id: request.id, version: request.version, outcome, grounds: grounds.trim() || null, correction: changedFields.length ? correction : null },
      });
      onDecided();
    } catch {
      // shown below
    }
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby={`${id}-title`} fullWidth maxWidth="sm">
      <DialogTitle id={`${id}-title`}>{t(`dataRequests.decide.title_${request.kind}`)}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>
          {t('dataRequests.decide.summary', {
            name: request.leader.displayName,
            registerNumber: request.leader.registerNumber,
            date: labels.date(request.receivedOn),
            deadline: labels.date(request.deadline),
          })}
        </DialogContentText>
        <Typography variant="h3" sx={{ fontSize: '1.05rem', mb: 0.5 }}>
          {dataRequestTitle(t, request)}
        </Typography>
        <Box sx={{ mb: 2 }}>
          <DataRequestDetails request={request} />
        </Box>
        {!request.check.grantAllowed && (
          <Alert severity="info" sx={{ mb: 2 }} data-testid="grant-not-allowed">
            {t('dataRequests.decide.notAllowed')}
            <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.25rem' }}>
              {request.check.reasons.map((reason) => (
                <li key={reason.code}>{reasonText(reason, i18n.language)}</li>
              ))}
            </ul>
          </Alert>
        )}
        <Box sx={{ display: 'grid', gap: 2 }}>
          <FormControl error={problem?.on === 'outcome'}>
            <FormLabel id={`${id}-outcome`}>{t('dataRequests.decide.outcome')}</FormLabel>
            <RadioGroup
              aria-labelledby={`${id}-outcome`}
              value={outcome}
              onChange={(event) => {
                setOutcome(event.target.value as DataRequestOutcome);
                setProblem(null);
              }}
            >
              <FormControlLabel value="GRANTED" control={<Radio />} label={t(`dataRequests.decide.GRANTED_${request.kind}`)} disabled={!request.check.grantAllowed} />
              <FormControlLabel value="REFUSED" control={<Radio />} label={t('dataRequests.decide.REFUSED')} />
            </RadioGroup>
            {problem?.on === 'outcome' && <FormHelperText>{problem.messages[0]}</FormHelperText>}
          </FormControl>
          {correcting && (
            <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, display: 'grid', gap: 2, minWidth: 0 }}>
              <Typography component="legend" sx={{ fontWeight: 600, mb: 1 }}>
                {t('dataRequests.decide.newValues')}
              </Typography>
              <Typography variant="body2">{t('dataRequests.decide.newValuesHint')}</Typography>
              {FIELDS.map(({ key, field }) => (
                <TextField
                  key={key}
                  id={`${id}-${key}`}
                  label={t(`dataRequests.fields.${field}`)}
                  type={key === 'birthDate' ? 'date' : key === 'email' ? 'email' : 'text'}
                  value={values[key]}
                  onChange={(event) => {
                    setValues((before) => ({ ...before, [key]: event.target.value }));
                    setProblem(null);
                  }}
                  slotProps={key === 'birthDate' ? { inputLabel: { shrink: true } } : undefined}
                />
              ))}
              {problem?.on === 'values' && (
                <Alert severity="error">
                  {problem.messages.map((message) => (
                    <div key={message}>{message}</div>
                  ))}
                </Alert>
              )}
            </Box>
          )}
          {outcome === 'GRANTED' && request.kind === 'ERASURE' && <Alert severity="warning">{t('dataRequests.decide.erasureWarning')}</Alert>}
          <TextField
            id={`${id}-grounds`}
            label={t('dataRequests.decide.grounds')}
            multiline
            minRows={2}
            required={outcome === 'REFUSED'}
            value={grounds}
            onChange={(event) => {
              setGrounds(event.target.value);
              setProblem(null);
            }}
            error={problem?.on === 'grounds'}
            helperText={
              problem?.on === 'grounds'
                ? problem.messages[0]
                : outcome === 'REFUSED'
                  ? t('dataRequests.decide.groundsHintRefused')
                  : request.kind === 'CORRECTION'
                    ? t('dataRequests.decide.groundsHintCorrection')
                    : t('dataRequests.decide.groundsHintErasure')
            }
          />
          <Typography variant="body2">{t('dataRequests.decide.letter')}</Typography>
        </Box>
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
          {t('dataRequests.decide.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
