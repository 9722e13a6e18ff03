import { useMutation, useQuery } from '@apollo/client/react';
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
import { REGISTRATION_TITLES, useRegistrationLabels } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { ErrorSummary, type FormError } from '../forms/ErrorSummary';
import type { ApplicationFieldsFragment, LeaderFunction, QualificationRoute, ReRegistrationRoute, RegistrationTitle } from '../gql/graphql';
import { staleLists } from '../paging/staleLists';
import { MyThemeProgressQuery } from '../progress/graphql';
import {
  EMPTY_FORM,
  FIELD_IDS,
  FORM_ROUTES,
  fieldContext,
  formFromApplication,
  formKinds,
  formProblems,
  RE_REGISTRATION_ROUTES,
  toApplicationInput,
  type ApplicationFormState,
  type ClaimField,
  type FieldProblem,
  type FormField,
  type FormKind,
  type Prefill,
} from './applicationForm';
import { ClaimFields, type FieldFeedback } from './ClaimFields';
import { CreateApplicationMutation, SubmitApplicationMutation, UpdateApplicationMutation } from './graphql';
import { ReRegistrationThemes } from './ReRegistrationThemes';

const FUNCTIONS: readonly LeaderFunction[] = ['DIRECTOR', 'DEPUTY_DIRECTOR'];
const SELECTS: ReadonlySet<FormField> = new Set(['leaderFunction', 'requestedTitle', 'qualificationRoute', 'reRegistrationRoute', 'claimedLevel']);

export interface ApplicationFormProps {
  /** The saved application (draft or returned); none for a new one. */
  application: ApplicationFieldsFragment | null;
  /** After the first save as a draft: the new draft (to add documents to it). */
  onCreated(application: ApplicationFieldsFragment): void;
  onSubmitted(application: ApplicationFieldsFragment): void;
  /** Reloads the application (after CONFLICT). */
  onReload(): void;
  /** Whether the leader has a registration: only then is re-registration offered. */
  hasRegistration?: boolean;
  /** A new application: the kind to start with and what the register already knows. */
  initialKind?: FormKind;
  prefill?: Prefill;
}

/**
 * Kind, function, title, route and the route's fields; "Opslaan als concept" and "Indienen". Each field
 * is checked when the user leaves it; "Indienen" checks them all first (summary above the form) and
 * sends nothing while one is wrong. A new application is created and submitted in one step, so a
 * refused submission leaves no draft behind and the kind stays choosable.
 */
export function ApplicationForm({ application, onCreated, onSubmitted, onReload, hasRegistration = false, initialKind, prefill }: ApplicationFormProps) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const registration = useRegistrationLabels();
  const [state, setState] = useState<ApplicationFormState>(() =>
    application ? formFromApplication(application) : { ...EMPTY_FORM, ...prefill?.values, kind: initialKind ?? EMPTY_FORM.kind },
  );
  const [saved, setSaved] = useState<ApplicationFieldsFragment | null>(application);
  // A route chosen beforehand ("Herregistratie aanvragen") is checked at once.
  const [touched, setTouched] = useState<ReadonlySet<FormField>>(() => new Set(!application && prefill?.values.reRegistrationRoute ? ['reRegistrationRoute'] : []));
  const [summary, setSummary] = useState<readonly FormError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState(false);
  const progress = useQuery(MyThemeProgressQuery, { skip: state.kind !== 'RE_REGISTRATION', fetchPolicy: 'cache-and-network' });
  const [create, creating] = useMutation(CreateApplicationMutation, { update: staleLists('myApplications') });
  const [update, updating] = useMutation(UpdateApplicationMutation);
  const [submitApplication, submitting] = useMutation(SubmitApplicationMutation, { update: staleLists('myApplications') });
  // The newest version on screen: what this form saved last, or a reload that came after it.
  const current = application && (!saved || application.version > saved.version) ? application : saved;
  const themes = progress.data?.myThemeProgress?.evaluation ?? null;
  const change = (next: Partial<ApplicationFormState>) => setState((previous) => ({ ...previous, ...next }));
  const touch = (field: FormField) => setTouched((previous) => (previous.has(field) ? previous : new Set(previous).add(field)));

  const claimLabel = (field: ClaimField) => t(`leader.form.labels.${fieldContext(state) ?? 'ASPIRANT'}.${field}` as 'leader.form.labels.ASPIRANT.institution');
  const label = (field: FormField): string => {
    if (field === 'leaderFunction') return t('application.leaderFunction');
    if (field === 'requestedTitle') return t('application.requestedTitle');
    if (field === 'qualificationRoute') return t('application.route');
    if (field === 'reRegistrationRoute') return t('leader.form.reRegistrationRoute');
    return claimLabel(field);
  };
  const message = (problem: FieldProblem): string => {
    const errors = 'leaderWorkspace.form.errors';
    switch (problem.problem) {
      case 'required':
        return t(SELECTS.has(problem.field) ? `${errors}.choose` : `${errors}.required`, { label: label(problem.field) });
      case 'invalidDate':
        return t(`${errors}.invalidDate`, { label: label(problem.field) });
      case 'themesMissing':
        return t(`${errors}.themesMissing`, { completed: problem.completed, required: problem.required, count: problem.missing });
      default:
        return t(`${errors}.${problem.problem}`);
    }
  };
  const problems = formProblems(state, { complete: true, themes });
  const shownError = (field: FormField) => {
    const problem = problems.find((item) => item.field === field);
    return problem && (touched.has(field) || summary.length > 0) ? message(problem) : undefined;
  };
  const feedback = (field: FormField): FieldFeedback => {
    const source = prefill?.sources[field];
    const unchanged = source && prefill?.values[field] === state[field];
    let hint: string | undefined;
    if (unchanged && source.from === 'application') hint = t('leaderWorkspace.form.source.application', { date: labels.date(source.decidedOn) });
    else if (unchanged && source.from === 'employment') hint = t('leaderWorkspace.form.source.employment', { where: source.where });
    else if (unchanged) hint = t('leaderWorkspace.form.source.registration');
    return { error: shownError(field), hint, onBlur: () => touch(field) };
  };
  const selectProps = (field: FormField) => {
    const { error: fieldError, hint, onBlur } = feedback(field);
    return { id: FIELD_IDS[field], label: label(field), error: Boolean(fieldError), helperText: fieldError ?? hint, onBlur };
  };

  async function save(submit: boolean): Promise<ApplicationFieldsFragment | null> {
    const input = toApplicationInput(state);
    if (!current) {
      const { data } = await create({ variables: { kind: state.kind, input, submit } });
      if (!data) return null;
      setSaved(data.createApplication);
      if (!submit) onCreated(data.createApplication);
      return data.createApplication;
    }
    const { data } = await update({ variables: { id: current.id, version: current.version, input } });
    if (!data) return null;
    setSaved(data.updateApplication);
    return data.updateApplication;
  }

  async function run(submit: boolean) {
    setError(null);
    setNotice(false);
    // A draft may be incomplete, but what is filled in must be valid.
    const blocking = submit ? problems : formProblems(state, { complete: false });
    setSummary(blocking.map((problem) => ({ message: message(problem), fieldId: FIELD_IDS[problem.field] })));
    if (blocking.length > 0) return;
    try {
      const result = await save(submit);
      if (!result) return;
      if (!submit) return setNotice(true);
      if (result.status !== 'DRAFT' && result.status !== 'RETURNED') return onSubmitted(result);
      const { data } = await submitApplication({ variables: { id: result.id, version: result.version } });
      if (data) onSubmitted(data.submitApplication);
    } catch (caught) {
      setError(caught);
    }
  }

  const kinds = formKinds(hasRegistration || application?.kind === 'RE_REGISTRATION');
  const busy = creating.loading || updating.loading || submitting.loading;
  return (
    <Box component="form" noValidate onSubmit={(event) => event.preventDefault()} sx={{ display: 'grid', gap: 2.5, maxWidth: '40rem' }}>
      <ErrorSummary title={t('forms.errorSummaryTitle')} errors={summary} />
      {!application && prefill && Object.keys(prefill.sources).length > 0 && <Alert severity="info">{t('leaderWorkspace.form.prefilled')}</Alert>}
      <FormControl disabled={Boolean(current)}>
        <FormLabel id="application-kind">{t('leader.form.kind')}</FormLabel>
        <RadioGroup aria-labelledby="application-kind" value={state.kind} onChange={(event) => change({ kind: event.target.value as FormKind })}>
          {kinds.map((kind) => (
            <FormControlLabel key={kind} value={kind} control={<Radio />} label={labels.kind(kind)} />
          ))}
        </RadioGroup>
      </FormControl>
      <TextField select {...selectProps('leaderFunction')} value={state.leaderFunction} onChange={(event) => change({ leaderFunction: event.target.value as LeaderFunction })}>
        {FUNCTIONS.map((value) => (
          <MenuItem key={value} value={value}>
            {labels.leaderFunction(value)}
          </MenuItem>
        ))}
      </TextField>
      <TextField select {...selectProps('requestedTitle')} value={state.requestedTitle} onChange={(event) => change({ requestedTitle: event.target.value as RegistrationTitle })}>
        {REGISTRATION_TITLES.map((title) => (
          <MenuItem key={title} value={title}>
            {`${registration.title(title)} (${registration.titleName(title)})`}
          </MenuItem>
        ))}
      </TextField>
      {state.kind === 'RE_REGISTRATION' && (
        <TextField
          select
          {...selectProps('reRegistrationRoute')}
          helperText={shownError('reRegistrationRoute') ?? (state.reRegistrationRoute === 'VAKBEKWAAM_PROGRAMME' ? t('leader.form.vakbekwaamHint') : undefined)}
          value={state.reRegistrationRoute}
          onChange={(event) => {
            touch('reRegistrationRoute');
            change({ reRegistrationRoute: event.target.value as ReRegistrationRoute });
          }}
        >
          {RE_REGISTRATION_ROUTES.map((route) => (
            <MenuItem key={route} value={route}>
              {t(`leader.form.reRegistrationRoutes.${route}`)}
            </MenuItem>
          ))}
        </TextField>
      )}
      {state.kind === 'RE_REGISTRATION' && state.reRegistrationRoute === 'THEMES' && (
        <ReRegistrationThemes progress={progress.data?.myThemeProgress ?? null} failed={Boolean(progress.error) || (Boolean(progress.data) && !progress.data?.myThemeProgress)} />
      )}
      {state.kind !== 'ASPIRANT' && state.kind !== 'RE_REGISTRATION' && (
        <TextField
          select
          {...selectProps('qualificationRoute')}
          value={state.qualificationRoute}
          onChange={(event) => {
            touch('qualificationRoute');
            change({ qualificationRoute: event.target.value as QualificationRoute });
          }}
        >
          {FORM_ROUTES.map((route) => (
            <MenuItem key={route} value={route}>
              {labels.route(route)}
            </MenuItem>
          ))}
        </TextField>
      )}
      <ClaimFields state={state} onChange={change} label={claimLabel} feedback={feedback} />
      <TextField id="application-note" label={t('application.leaderNote')} multiline minRows={2} value={state.leaderNote} onChange={(event) => change({ leaderNote: event.target.value })} />
      <ApiErrorAlert
        error={error}
        fallback={t('common.saveFailed')}
        onReload={() => {
          setError(null);
          onReload();
        }}
      />
      {notice && (
        <Box role="status" sx={{ color: 'success.dark', fontWeight: 600 }}>
          {t('leader.form.saved')}
        </Box>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <Button variant="outlined" onClick={() => void run(false)} disabled={busy}>
          {t('leader.form.saveDraft')}
        </Button>
        <Button variant="contained" onClick={() => void run(true)} loading={busy}>
          {t('leader.form.submit')}
        </Button>
      </Box>
    </Box>
  );
}
