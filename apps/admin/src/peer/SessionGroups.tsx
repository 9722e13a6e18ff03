import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator } from '@srpo/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeerGroupFieldsFragment } from '../gql/graphql';
import { PeerSessionDetailQuery } from './graphql';
import { PeerGroupCard } from './PeerGroupCard';

export interface SessionGroupsProps {
  session: { id: string; endsAt: string };
  /** Staff: also who could not be placed. */
  withUnplaced: boolean;
  /** What goes with each group (the facilitator's "Bevestigen"). */
  groupAction?: (group: PeerGroupFieldsFragment, number: number) => ReactNode;
}

/** The trios of a grouped session, loaded for that session; numbered in the order they were formed. */
export function SessionGroups({ session, withUnplaced, groupAction }: SessionGroupsProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(PeerSessionDetailQuery, { variables: { id: session.id }, fetchPolicy: 'cache-and-network' });
  if (!data) return error ? <ErrorMessage message={t('peer.staff.groupsLoadError')} onRetry={() => void refetch()} /> : <LoadingIndicator />;
  const { groups, signUps } = data.peerSession;
  const ended = new Date(session.endsAt) <= new Date();
  const unplaced = signUps.filter((signUp) => signUp.placed === false);
  return (
    <>
      {withUnplaced && <Typography sx={{ mt: 1 }}>{t('peer.staff.grouped', { count: groups.length })}</Typography>}
      <Box sx={{ display: 'grid', gap: 1.5, mt: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 20rem), 1fr))' }}>
        {groups.map((group, index) => (
          <PeerGroupCard key={group.id} group={group} number={index + 1} withReflections={ended} action={groupAction?.(group, index + 1)} />
        ))}
      </Box>
      {withUnplaced && (
        <>
          <Typography variant="h4" sx={{ fontSize: '1.05rem', fontWeight: 600, mt: 2 }}>
            {t('peer.staff.unplaced')}
          </Typography>
          {unplaced.length === 0 ? (
            <Typography>{t('peer.staff.unplacedNone')}</Typography>
          ) : (
            <Box component="ul" data-testid="peer-unplaced" sx={{ m: 0, pl: 2.5 }}>
              {unplaced.map((signUp) => (
                <li key={signUp.id}>{signUp.leader.displayName}</li>
              ))}
            </Box>
          )}
        </>
      )}
    </>
  );
}
