import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useRegistrationLabels } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { useViewer } from '../auth/useViewer';
import type { LeaderProfileQuery } from '../gql/graphql';
import { paths, pathWithId } from '../routes';

type CaseFileApplication = NonNullable<LeaderProfileQuery['leaderProfile']>['applications'][number];

/** The leader's applications, newest first: kind, title, status, and the meeting or decision; staff open each one. */
export function CaseFileApplications({ applications }: { applications: readonly CaseFileApplication[] }) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const registration = useRegistrationLabels();
  const { viewer } = useViewer();
  const isStaff = Boolean(viewer?.roles.includes('STAFF'));
  if (applications.length === 0) return <Typography>{t('caseFile.applicationsNone')}</Typography>;
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="case-file-applications">
      {applications.map((application) => (
        <Box component="li" key={application.id} sx={{ mb: 2 }} data-status={application.status}>
          <Typography variant="h3" sx={{ fontSize: '1.1rem', mb: 0.5 }}>
            {t('caseFile.applicationItem', {
              kind: labels.kind(application.kind),
              title: registration.title(application.requestedTitle),
              status: labels.status(application.status),
            })}
          </Typography>
          {application.submittedAt && <Typography>{t('caseFile.submittedOn', { date: labels.dateTime(application.submittedAt) })}</Typography>}
          {application.meeting && !application.decision && <Typography>{t('caseFile.meetingOn', { date: labels.date(application.meeting.meetingDate) })}</Typography>}
          {application.decision && (
            <Typography>
              {t('caseFile.decidedOn', { outcome: t(`enums.decisionOutcome.${application.decision.outcome}`), date: labels.date(application.decision.decidedOn) })}
            </Typography>
          )}
          {isStaff && (
            <Link component={RouterLink} to={pathWithId(paths.staffApplication, application.id)}>
              {t('caseFile.openApplication')}
            </Link>
          )}
        </Box>
      ))}
    </Box>
  );
}
