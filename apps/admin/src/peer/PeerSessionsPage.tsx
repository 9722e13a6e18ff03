import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, useConnectionLoadMore, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffNav } from '../staff/StaffNav';
import { FacilitatedGroups } from './FacilitatedGroups';
import { PeerSessionsQuery } from './graphql';
import { PeerSessionCard } from './PeerSessionCard';
import { PublishSessionForm } from './PublishSessionForm';

/** `/medewerker/intervisie`: peer-validation sessions (coming, or all) with sign-ups and trios, publishing one, and the groups this account facilitates. */
export function PeerSessionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('peer.staff.title') }));
  const [upcoming, setUpcoming] = useState(true);
  const { data, error, refetch, fetchMore } = useQuery(PeerSessionsQuery, { variables: { upcoming: upcoming ? true : null, first: 20 }, fetchPolicy: 'cache-and-network' });
  const more = useConnectionLoadMore(data, 'peerSessions', fetchMore);

  let content;
  if (data) {
    const sessions = data.peerSessions.edges.map((edge) => edge.node);
    content =
      sessions.length === 0 ? (
        <Typography>{t(upcoming ? 'peer.staff.noneUpcoming' : 'peer.staff.noneAll')}</Typography>
      ) : (
        <>
          <Box sx={{ display: 'grid', gap: 2 }}>
            {sessions.map((session) => (
              <PeerSessionCard key={session.id} session={session} onReload={() => void refetch()} />
            ))}
          </Box>
          <LoadMoreButton {...more} />
        </>
      );
  } else if (error) content = <ErrorMessage message={t('peer.staff.loadError')} onRetry={() => void refetch()} />;
  else content = <LoadingIndicator />;

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('workspaces.STAFF.title')}
      </Typography>
      <StaffNav />
      <Typography variant="h2" sx={{ fontSize: '1.5rem', mb: 1 }}>
        {t('peer.staff.title')}
      </Typography>
      <Typography sx={{ mb: 3, maxWidth: '70ch' }}>{t('peer.staff.intro')}</Typography>
      <FacilitatedGroups hideWhenNone />
      <Box component="section" aria-labelledby="peer-sessions-heading" sx={{ mb: 4 }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 2, mb: 2 }}>
          <Typography id="peer-sessions-heading" variant="h2" sx={{ fontSize: '1.4rem' }}>
            {t('peer.staff.sessions')}
          </Typography>
          <ToggleButtonGroup
            exclusive
            size="small"
            value={upcoming}
            onChange={(_event, next: boolean | null) => next !== null && setUpcoming(next)}
            aria-label={t('peer.staff.which')}
            sx={{ '& .MuiToggleButton-root': { color: 'text.primary' } }}
          >
            <ToggleButton value={true}>{t('peer.staff.upcoming')}</ToggleButton>
            <ToggleButton value={false}>{t('peer.staff.all')}</ToggleButton>
          </ToggleButtonGroup>
        </Box>
        {content}
      </Box>
      <Box component="section" aria-labelledby="peer-publish-heading">
        <Typography id="peer-publish-heading" variant="h2" sx={{ fontSize: '1.4rem', mb: 2 }}>
          {t('peer.staff.publish.title')}
        </Typography>
        <PublishSessionForm />
      </Box>
    </>
  );
}
