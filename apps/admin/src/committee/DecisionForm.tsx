import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { QUALIFICATION_LEVELS, useRegistrationLabels } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../auth/apiError';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { reasonText } from '../forms/reasonText';
import type { ApplicationFieldsFragment, DecisionOutcome, QualificationLevel } from '../gql/graphql';
import { isFilledIn, toDecisionInput, type DecisionDraft } from './decisionDraft';
import { DecideApplicationMutation } from './graphql';

export interface DecisionFormProps {
  application: ApplicationFieldsFragment;
  draft: DecisionDraft;
  onChange(draft: DecisionDraft): void;
  /** Reloads the agenda (after a decision, or after CONFLICT). */
  onReload(): void;
}

/**
 * Goedkeuren or Afwijzen with a motivation. When the rules do not allow an approval, the API answers
 * APPLICATION_EXCEPTION_NEEDS_JUSTIFICATION with the reasons: they are shown with a field to justify
 * the exception, and the decision is sent again with that justification.
 */
export function DecisionForm({ application, draft, onChange, onReload }: DecisionFormProps) {
  const { t, i18n } = useTranslation();
  const registration = useRegistrationLabels();
  const [decide, { loading, error, reset }] = useMutation(DecideApplicationMutation);
  const id = `decision-${application.id}`;
  const update = (change: Partial<DecisionDraft>) => onChange({ ...draft, ...change });
  const needsException = draft.outcome === 'APPROVED' && draft.exceptionReasons !== null;
  const shownError = apiErrorOf(error)?.reason === 'APPLICATION_EXCEPTION_NEEDS_JUSTIFICATION' ? null : error;

  async function submit() {
    if (!isFilledIn(draft)) return;
    reset();
    try {
      await decide({ variables: { input: toDecisionInput(application, draft) } });
      onReload();
    } catch (caught) {
      const apiError = apiErrorOf(caught);
      if (apiError?.reason === 'APPLICATION_EXCEPTION_NEEDS_JUSTIFICATION') update({ exceptionReasons: apiError.reasons });
    }
  }

  return (
    <Box sx={{ display: 'grid', gap: 2, maxWidth: '40rem' }} data-testid="decision-form">
      <FormControl>
        <FormLabel id={`${id}-outcome`}>{t('committee.decision.outcome')}</FormLabel>
        <RadioGroup row aria-labelledby={`${id}-outcome`} value={draft.outcome} onChange={(event) => update({ outcome: event.target.value as DecisionOutcome })}>
          <FormControlLabel value="APPROVED" control={<Radio />} label={t('committee.decision.approve')} />
          <FormControlLabel value="REJECTED" control={<Radio />} label={t('committee.decision.reject')} />
        </RadioGroup>
      </FormControl>
      {application.qualificationRoute === 'DIPLOMA_EVALUATION' && (
        <TextField
          select
          id={`${id}-level`}
          label={t('committee.decision.grantedLevel')}
          value={draft.grantedLevel}
          onChange={(event) => update({ grantedLevel: event.target.value as QualificationLevel })}
        >
          {QUALIFICATION_LEVELS.map((level) => (
            <MenuItem key={level} value={level}>
              {registration.level(level)}
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        id={`${id}-reasons`}
        label={t('committee.decision.reasons')}
        helperText={t('committee.decision.reasonsHint')}
        multiline
        minRows={2}
        value={draft.reasons}
        onChange={(event) => update({ reasons: event.target.value })}
      />
      {needsException && (
        <Alert severity="warning" role="alert">
          {t('committee.decision.exceptionIntro')}
          <ul style={{ margin: '0.5rem 0 0', paddingLeft: '1.25rem' }} data-testid="exception-reasons">
            {(draft.exceptionReasons ?? []).map((reason) => (
              <li key={reason.code + reason.message}>{reasonText(reason, i18n.language)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {needsException && (
        <TextField
          id={`${id}-exception`}
          label={t('committee.decision.exceptionJustification')}
          multiline
          minRows={2}
          required
          value={draft.exceptionJustification}
          onChange={(event) => update({ exceptionJustification: event.target.value })}
        />
      )}
      <ApiErrorAlert
        error={shownError}
        fallback={t('common.saveFailed')}
        onReload={() => {
          reset();
          onReload();
        }}
      />
      <Box>
        <Button variant="contained" onClick={() => void submit()} loading={loading} disabled={!isFilledIn(draft)}>
          {needsException ? t('committee.decision.submitException') : t('committee.decision.submit')}
        </Button>
      </Box>
    </Box>
  );
}
