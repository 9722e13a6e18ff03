import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { APPLICATION_TRANSITIONS } from '@srpo/domain';
import { ErrorMessage, LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { ApplicationFacts } from '../applications/ApplicationFacts';
import type { ApplicationFieldsFragment } from '../gql/graphql';
import { paths, pathWithId } from '../routes';
import { ApplicationForm } from './ApplicationForm';
import { EvidenceUpload } from './EvidenceUpload';
import { MyApplicationQuery, MyProfileQuery } from './graphql';

/** The id in the path of a new application. */
export const NEW_APPLICATION_ID = 'nieuw';

/**
 * `/mijn-registratie/aanvragen/nieuw` and `/mijn-registratie/aanvragen/:id`: the application form, with
 * evidence once the draft is saved; an application that can no longer be edited is shown read-only.
 */
export function ApplicationEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = NEW_APPLICATION_ID } = useParams();
  const isNew = id === NEW_APPLICATION_ID;
  const [created, setCreated] = useState<ApplicationFieldsFragment | null>(null);
  const { data, error, refetch } = useQuery(MyApplicationQuery, { variables: { id }, skip: isNew });
  const profile = useQuery(MyProfileQuery);
  const hasRegistration = Boolean(profile.data?.myProfile.registration);
  const application = data?.application ?? (created?.id === id ? created : null);
  const title = isNew ? t('leader.form.newTitle') : t('leader.form.editTitle');
  useDocumentTitle(t('workspaces.documentTitle', { name: title }));

  const editable = application ? APPLICATION_TRANSITIONS[application.status].EDIT !== undefined : isNew;
  let content;
  if (isNew || (application && editable)) {
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
            <EvidenceUpload application={application} onUploaded={() => refetch()} />
          ) : (
            <Typography>{t('leader.evidence.saveFirst')}</Typography>
          )}
        </Box>
      </>
    );
  } else if (application) content = <ApplicationFacts application={application} showLeader={false} />;
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
