import { useQuery } from '@apollo/client/react';
import Typography from '@mui/material/Typography';
import { addMonths, todayInAmsterdam } from '@srpo/domain';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, useConnectionLoadMore, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommitteeMeetingsQuery } from '../applications/graphql';
import { MeetingTable } from '../applications/MeetingTable';
import { paths, pathWithId } from '../routes';
import { CommitteeNav } from './CommitteeNav';

/** `/commissie`: the registration committee's meetings (the last year and planned), each leading to its agenda. */
export function CommitteeMeetingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('workspaces.COMMITTEE.title') }));
  const [from] = useState(() => addMonths(todayInAmsterdam(new Date()), -12));
  const { data, error, refetch, fetchMore } = useQuery(CommitteeMeetingsQuery, { variables: { from }, fetchPolicy: 'cache-and-network' });
  const more = useConnectionLoadMore(data, 'committeeMeetings', fetchMore);

  let content;
  if (data) {
    content = (
      <>
        <MeetingTable
          meetings={data.committeeMeetings.edges.map((edge) => edge.node)}
          caption={t('meetings.caption')}
          linkTo={(meeting) => pathWithId(paths.committeeMeeting, meeting.id)}
        />
        <LoadMoreButton {...more} />
      </>
    );
  } else if (error) content = <ErrorMessage message={t('staff.meetings.loadError')} onRetry={() => void refetch()} />;
  else content = <LoadingIndicator />;

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('workspaces.COMMITTEE.title')}
      </Typography>
      <CommitteeNav />
      <Typography sx={{ mb: 3, maxWidth: '70ch' }}>{t('committee.intro')}</Typography>
      {content}
    </>
  );
}
