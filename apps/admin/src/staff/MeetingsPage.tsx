import { useQuery } from '@apollo/client/react';
import Typography from '@mui/material/Typography';
import { addMonths, todayInAmsterdam } from '@srpo/domain';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, useConnectionLoadMore, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommitteeMeetingsQuery } from '../applications/graphql';
import { MeetingTable } from '../applications/MeetingTable';
import { PlanMeetingForm } from './PlanMeetingForm';
import { StaffNav } from './StaffNav';

/** `/medewerker/vergaderingen`: the committee meetings (also the last six months) and planning a new one. */
export function MeetingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('staff.nav.meetings') }));
  const [from] = useState(() => addMonths(todayInAmsterdam(new Date()), -6));
  const { data, error, refetch, fetchMore } = useQuery(CommitteeMeetingsQuery, { variables: { from }, fetchPolicy: 'cache-and-network' });
  const more = useConnectionLoadMore(data, 'committeeMeetings', fetchMore);

  let content;
  if (data) {
    content = (
      <>
        <MeetingTable meetings={data.committeeMeetings.edges.map((edge) => edge.node)} caption={t('meetings.caption')} />
        <LoadMoreButton {...more} />
      </>
    );
  }
  else if (error) content = <ErrorMessage message={t('staff.meetings.loadError')} onRetry={() => void refetch()} />;
  else content = <LoadingIndicator />;

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('workspaces.STAFF.title')}
      </Typography>
      <StaffNav />
      <Typography variant="h2" sx={{ fontSize: '1.5rem', mb: 2 }}>
        {t('staff.nav.meetings')}
      </Typography>
      {content}
      <Typography variant="h2" sx={{ fontSize: '1.5rem', mt: 4, mb: 2 }}>
        {t('meetings.plan')}
      </Typography>
      <PlanMeetingForm />
    </>
  );
}
