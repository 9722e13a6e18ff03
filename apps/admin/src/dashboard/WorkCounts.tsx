import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { WorkCountsQuery as WorkCountsResult } from '../gql/graphql';
import { paths } from '../routes';
import { WorkCountsQuery } from '../staff/graphql';

type Queue = keyof Omit<WorkCountsResult['workCounts'], '__typename'>;

/** Each role's queues in the order of the work, with the page that handles them. */
const STAFF_QUEUES: readonly (readonly [Queue, string])[] = [
  ['applicationsToCheck', `${paths.staff}?status=SUBMITTED`],
  ['applicationsToSchedule', `${paths.staff}?status=COMPLETE`],
  ['deferralRequests', paths.staffDeferrals],
  ['certificationRequests', paths.staffCertification],
  ['certificatesToVerify', paths.staffCertificates],
  ['outboxWaiting', `${paths.staffOutbox}?status=PENDING`],
];
const COMMITTEE_QUEUES: readonly (readonly [Queue, string])[] = [
  ['applicationsToDecide', paths.committee],
  ['deferralRequests', paths.staffDeferrals],
  ['openObjections', paths.committeeObjections],
];

function QueueList({ counts, queues, testId }: { counts: WorkCountsResult['workCounts']; queues: readonly (readonly [Queue, string])[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1, gridTemplateColumns: 'repeat(auto-fill, minmax(15rem, 1fr))' }} data-testid={testId}>
      {queues.map(([queue, to]) => (
        <li key={queue} data-queue={queue} data-count={counts[queue]}>
          <Link component={RouterLink} to={to} sx={{ fontWeight: counts[queue] > 0 ? 600 : 400 }}>
            {t(`work.${queue}`, { count: counts[queue] })}
          </Link>
        </li>
      ))}
    </Box>
  );
}

/** The start page's "Werk te doen": how much waits in each queue of the register office and the committee, each linking to its queue. */
export function WorkCounts({ staff, committee }: { staff: boolean; committee: boolean }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(WorkCountsQuery, { fetchPolicy: 'cache-and-network' });
  let content;
  if (error && !data) content = <ErrorMessage message={t('work.loadError')} onRetry={() => void refetch()} />;
  else if (!data) content = <LoadingIndicator />;
  else
    content = (
      <>
        {staff && <QueueList counts={data.workCounts} queues={STAFF_QUEUES} testId="staff-work" />}
        {committee && (
          <>
            <Typography variant="h3" sx={{ fontSize: '1.1rem', mt: staff ? 2 : 0, mb: 1 }}>
              {t('work.committeeTitle')}
            </Typography>
            <QueueList counts={data.workCounts} queues={COMMITTEE_QUEUES} testId="committee-work" />
          </>
        )}
        {staff && (
          <Typography sx={{ mt: 2 }}>
            <Link component={RouterLink} to={paths.staffLeaders}>
              {t('work.findLeader')}
            </Link>
          </Typography>
        )}
      </>
    );
  return (
    <Box component="section" aria-labelledby="work-heading" sx={{ mb: 4 }}>
      <Typography id="work-heading" variant="h2" sx={{ fontSize: '1.4rem', mb: 2 }}>
        {t('work.title')}
      </Typography>
      {content}
    </Box>
  );
}
