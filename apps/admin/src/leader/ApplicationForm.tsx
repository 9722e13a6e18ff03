import { useMutation } from '@apollo/client/react';
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
import type { ApplicationFieldsFragment, LeaderFunction, QualificationRoute, ReRegistrationRoute, RegistrationTitle } from '../gql/graphql';
import {
  EMPTY_FORM,
  FORM_ROUTES,
  formFromApplication,
  formKinds,
  RE_REGISTRATION_ROUTES,
  toApplicationInput,
  type ApplicationFormState,
  type FormKind,
} from './applicationForm';
import { ClaimFields } from './ClaimFields';
import { CreateApplicationMutation, SubmitApplicationMutation, UpdateApplicationMutation } from './graphql';
import { ReRegistrationThemes } from './ReRegistrationThemes';
import { staleLists } from '../paging/staleLists';

const FUNCTIONS: readonly LeaderFunction[] = ['DIRECTOR', 'DEPUTY_DIRECTOR'];

export interface ApplicationFormProps {
  /** The saved application (draft or returned); none for a new one. */
  application: ApplicationFieldsFragment | null;
  /** After the first save: the new draft (to add documents to it). */
  onCreated(application: ApplicationFieldsFragment): void;
  onSubmitted(application: ApplicationFieldsFragment): void;
  /** Reloads the application (after CONFLICT). */
  onReload(): void;
  /** Whether the leader has a registration: only then is re-registration offered. */
  hasRegistration?: boolean;
}

/** Kind, function, title, route and the route's fields; "Opslaan als concept" and "Indienen". */
export function ApplicationForm({ application, onCreated, onSubmitted, onReload, hasRegistration = false }: ApplicationFormProps) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const registration = useRegistrationLabels();
  const [state, setState] = useState<ApplicationFormState>(() => (application ? formFromApplication(application) : EMPTY_FORM));
  const [saved, setSaved] = useState<ApplicationFieldsFragment | null>(application);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState(false);
  const [create, creating] = useMutation(CreateApplicationMutation, { update: staleLists('myApplications') });
  const [update, updating] = useMutation(UpdateApplicationMutation);
  const [submitApplication, submitting] = useMutation(SubmitApplicationMutation, { update: staleLists('myApplications') });
  // The newest version on screen: what this form saved last, or a reload that came after it.
  const current = application && (!saved || application.version > saved.version) ? application : saved;
  const change = (next: Partial<ApplicationFormState>) => setState((previous) => ({ ...previous, ...next }));

  async function save(): Promise<ApplicationFieldsFragment | null> {
    const input = toApplicationInput(state);
    if (!current) {
      const { data } = await create({ variables: { kind: state.kind, input } });
      if (!data) return null;
      setSaved(data.createApplication);
      onCreated(data.createApplication);
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
    try {
      const draft = await save();
      if (!draft) return;
      if (!submit) return setNotice(true);
      const { data } = await submitApplication({ variables: { id: draft.id, version: draft.version } });
      if (data) onSubmitted(data.submitApplication);
    } catch (caught) {
      setError(caught);
    }
  }

  const kinds = formKinds(hasRegistration || application?.kind === 'RE_REGISTRATION');
  const busy = creating.loading || updating.loading || submitting.loading;
  return (
    <Box component="form" noValidate onSubmit={(event) => event.preventDefault()} sx={{ display: 'grid', gap: 2.5, maxWidth: '40rem' }}>
      <FormControl disabled={Boolean(current)}>
        <FormLabel id="application-kind">{t('leader.form.kind')}</FormLabel>
        <RadioGroup aria-labelledby="application-kind" value={state.kind} onChange={(event) => change({ kind: event.target.value as FormKind })}>
          {kinds.map((kind) => (
            <FormControlLabel key={kind} value={kind} control={<Radio />} label={labels.kind(kind)} />
          ))}
        </RadioGroup>
      </FormControl>
      <TextField select id="application-function" label={t('application.leaderFunction')} value={state.leaderFunction} onChange={(event) => change({ leaderFunction: event.target.value as LeaderFunction })}>
        {FUNCTIONS.map((value) => (
          <MenuItem key={value} value={value}>
            {labels.leaderFunction(value)}
          </MenuItem>
        ))}
      </TextField>
      <TextField select id="application-title" label={t('application.requestedTitle')} value={state.requestedTitle} onChange={(event) => change({ requestedTitle: event.target.value as RegistrationTitle })}>
        {REGISTRATION_TITLES.map((title) => (
          <MenuItem key={title} value={title}>
            {`${registration.title(title)} (${registration.titleName(title)})`}
          </MenuItem>
        ))}
      </TextField>
      {state.kind === 'RE_REGISTRATION' && (
        <TextField
          select
          id="application-re-registration-route"
          label={t('leader.form.reRegistrationRoute')}
          value={state.reRegistrationRoute}
          onChange={(event) => change({ reRegistrationRoute: event.target.value as ReRegistrationRoute })}
          helperText={state.reRegistrationRoute === 'VAKBEKWAAM_PROGRAMME' ? t('leader.form.vakbekwaamHint') : undefined}
        >
          {RE_REGISTRATION_ROUTES.map((route) => (
            <MenuItem key={route} value={route}>
              {t(`leader.form.reRegistrationRoutes.${route}`)}
            </MenuItem>
          ))}
        </TextField>
      )}
      {state.kind === 'RE_REGISTRATION' && state.reRegistrationRoute === 'THEMES' && <ReRegistrationThemes />}
      {state.kind !== 'ASPIRANT' && state.kind !== 'RE_REGISTRATION' && (
        <TextField select id="application-route" label={t('application.route')} value={state.qualificationRoute} onChange={(event) => change({ qualificationRoute: event.target.value as QualificationRoute })}>
          {FORM_ROUTES.map((route) => (
            <MenuItem key={route} value={route}>
              {labels.route(route)}
            </MenuItem>
          ))}
        </TextField>
      )}
      <ClaimFields state={state} onChange={change} />
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
