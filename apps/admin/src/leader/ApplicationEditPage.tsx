import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { APPLICATION_TRANSITIONS, todayInAmsterdam } from '@srpo/domain';
import { ErrorMessage, LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { ApplicationFieldsFragment } from '../gql/graphql';
import { paths, pathWithId } from '../routes';
import { ApplicationForm } from './ApplicationForm';
import { prefillFromRegister, type FormKind, type Prefill } from './applicationForm';
import { ApplicationView } from './ApplicationView';
import { EvidenceUpload } from './EvidenceUpload';
import { uploadEvidence } from './uploadEvidence';
import { MyApplicationQuery, MyProfileQuery } from './graphql';
import { useApplicationStart } from './useApplicationStart';

/** The id in the path of a new application. */
export const NEW_APPLICATION_ID = 'nieuw';

/** `?soort=herregistratie` starts a new application as a re-registration by the theme route ("Herregistratie aanvragen"). */
export const RE_REGISTRATION_SEARCH = 'soort=herregistratie';

/**
 * `/mijn-registratie/aanvragen/nieuw` and `/mijn-registratie/aanvragen/:id`: the application form (a new
 * one prefilled with what the register knows), with evidence once the draft is saved; an application
 * that can no longer be edited is shown read-only.
 */
export function ApplicationEditPage() {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { id = NEW_APPLICATION_ID } = useParams();
  const isNew = id === NEW_APPLICATION_ID;
  const [created, setCreated] = useState<ApplicationFieldsFragment | null>(null);
  const [today] = useState(() => todayInAmsterdam(new Date()));
  const { data, error, refetch } = useQuery(MyApplicationQuery, { variables: { id }, skip: isNew });
  const profile = useQuery(MyProfileQuery);
  const start = useApplicationStart();
  const hasRegistration = Boolean(profile.data?.myProfile.registration);
  const application = data?.application ?? (created?.id === id ? created : null);
  const editable = application ? APPLICATION_TRANSITIONS[application.status].EDIT !== undefined : isNew;
  let title: string = t('leader.form.editTitle');
  if (isNew) title = t('leader.form.newTitle');
  else if (application && !editable) title = t('leaderWorkspace.view.title', { kind: labels.kind(application.kind) });
  useDocumentTitle(t('workspaces.documentTitle', { name: title }));

  let content;
  if (isNew && (!profile.data || !start.applications)) {
    content = profile.error ? <ErrorMessage message={t('leader.form.loadError')} onRetry={() => void profile.refetch()} /> : <LoadingIndicator />;
  } else if (isNew && !start.allowed && !created) {
    content = <Alert severity="info">{start.reason}</Alert>;
  } else if (isNew || (application && editable)) {
    const reRegistration = isNew && hasRegistration && search.get('soort') === 'herregistratie';
    let prefill: Prefill | undefined;
    if (isNew && profile.data && start.applications) {
      const { registration, employments } = profile.data.myProfile;
      prefill = prefillFromRegister({ registration, employments, applications: start.applications }, today);
      if (reRegistration) prefill = { ...prefill, values: { ...prefill.values, reRegistrationRoute: 'THEMES' } };
    }
    const initialKind: FormKind | undefined = reRegistration ? 'RE_REGISTRATION' : undefined;
    content = (
      <>
        {application?.staffMessage && (
          <Alert severity="info" sx={{ mb: 3 }}>
            {t('leader.applications.staffMessage', { message: application.staffMessage })}
          </Alert>
        )}
        <ApplicationForm
          application={application}
          hasRegistration={hasRegistration}
          initialKind={initialKind}
          prefill={prefill}
          onCreated={(saved) => {
            setCreated(saved);
            void navigate(pathWithId(paths.leaderApplication, saved.id), { replace: true });
          }}
          onSubmitted={() => void navigate(paths.leader, { state: { submitted: true } })}
          onReload={() => void refetch()}
        />
        <Box component="section" aria-labelledby="evidence-heading" sx={{ mt: 4 }}>
          <Typography id="evidence-heading" variant="h2" sx={{ fontSize: '1.3rem', mb: 1 }}>
            {t('application.documents.title')}
          </Typography>
          {application ? (
            <EvidenceUpload documents={application.documents} send={(file) => uploadEvidence(application.id, file)} onUploaded={() => refetch()} />
          ) : (
            <Typography>{t('leader.evidence.saveFirst')}</Typography>
          )}
        </Box>
      </>
    );
  } else if (application) content = <ApplicationView application={application} />;
  else if (data) content = <Typography>{t('leader.form.notFound')}</Typography>;
  else if (error) content = <ErrorMessage message={t('leader.form.loadError')} onRetry={() => void refetch()} />;
  else content = <LoadingIndicator />;

  return (
    <>
      <Typography sx={{ mb: 1 }}>
        <Link component={RouterLink} to={paths.leader}>
          {t('leader.back')}
        </Link>
      </Typography>
      <Typography variant="h1" gutterBottom>
        {title}
      </Typography>
      {content}
    </>
  );
}
