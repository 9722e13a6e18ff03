import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, useConnectionLoadMore } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeerGroupFieldsFragment } from '../gql/graphql';
import { reasonText } from '../forms/reasonText';
import { staleLists } from '../paging/staleLists';
import { ConfirmStepDialog } from './ConfirmStepDialog';
import { ConfirmPeerGroupMutation, FacilitatedPeerSessionsQuery } from './graphql';
import { SessionGroups } from './SessionGroups';
import { usePeerLabels } from './usePeerLabels';

interface Confirming {
  group: PeerGroupFieldsFragment;
  number: number;
  when: string;
}

/** The members who have not handed in every reflection: they would not get their theme if the group were confirmed now. */
function membersWithoutAllReflections(group: PeerGroupFieldsFragment): string[] {
  return group.members.filter((member) => member.reflections.some((reflection) => reflection.submittedAt === null)).map((member) => member.leader.displayName);
}

function ConfirmGroupDialog({ confirming, onClose, onDone, onReload }: { confirming: Confirming; onClose(): void; onDone(): void; onReload(): void }) {
  const { t } = useTranslation();
  const [confirmGroup, { loading, error }] = useMutation(ConfirmPeerGroupMutation, { update: staleLists('peerSessions', 'myPeerValidations') });
  const { group, number, when } = confirming;
  const incomplete = membersWithoutAllReflections(group);

  async function confirm() {
    try {
      await confirmGroup({ variables: { groupId: group.id, version: group.version } });
      onDone();
    } catch {
      // shown in the dialog
    }
  }

  return (
    <ConfirmStepDialog
      id="peer-confirm"
      title={t('peer.facilitation.confirm.title', { number })}
      submitLabel={t('peer.facilitation.confirm.submit')}
      loading={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={onClose}
      onReload={onReload}
    >
      <DialogContentText>{t('peer.facilitation.confirm.body', { when })}</DialogContentText>
      {incomplete.length > 0 && (
        <Alert severity="warning" sx={{ mt: 2 }}>
          {t('peer.facilitation.confirm.incomplete', { count: incomplete.length, names: incomplete.join(', ') })}
        </Alert>
      )}
    </ConfirmStepDialog>
  );
}

/**
 * The sessions the signed-in account facilitates (staff or assessor), latest first, with each trio,
 * each member's reflections and "Bevestigen" once the API says the group can be confirmed (else its
 * reason). `hideWhenNone`: nothing at all for an account that facilitates nothing (on the staff page).
 */
export function FacilitatedGroups({ hideWhenNone = false }: { hideWhenNone?: boolean }) {
  const { t, i18n } = useTranslation();
  const labels = usePeerLabels();
  const { data, error, refetch, fetchMore } = useQuery(FacilitatedPeerSessionsQuery, { variables: { first: 5 }, fetchPolicy: 'cache-and-network' });
  const more = useConnectionLoadMore(data, 'facilitatedPeerSessions', fetchMore);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const sessions = data?.facilitatedPeerSessions.edges.map((edge) => edge.node) ?? [];
  if (hideWhenNone && sessions.length === 0) return null;

  let content;
  if (data) {
    content =
      sessions.length === 0 ? (
        <Typography>{t('peer.facilitation.none')}</Typography>
      ) : (
        <>
          {sessions.map((session) => {
            const when = labels.session(session);
            return (
              <Box component="section" key={session.id} aria-labelledby={`facilitated-${session.id}`} data-testid="facilitated-session" sx={{ mb: 3 }}>
                <Typography id={`facilitated-${session.id}`} variant="h3" sx={{ fontSize: '1.2rem', fontWeight: 600 }}>
                  {when}
                </Typography>
                <Typography sx={{ mb: 1 }}>{t('peer.place', { location: session.location })}</Typography>
                {session.state === 'GROUPED' ? (
                  <SessionGroups
                    session={session}
                    withUnplaced={false}
                    groupAction={(group, number) =>
                      !group.confirmedOn &&
                      (group.confirmRefusal ? (
                        <Typography variant="body2" data-testid="peer-confirm-refusal">
                          {reasonText(group.confirmRefusal, i18n.language)}
                        </Typography>
                      ) : (
                        <Button variant="contained" onClick={() => setConfirming({ group, number, when })} aria-label={t('peer.facilitation.confirm.openLabel', { number })}>
                          {t('peer.facilitation.confirm.open')}
                        </Button>
                      ))
                    }
                  />
                ) : (
                  <Typography>{t('peer.facilitation.notGrouped', { count: session.signUpCount })}</Typography>
                )}
              </Box>
            );
          })}
          <LoadMoreButton {...more} />
        </>
      );
  } else if (error) content = <ErrorMessage message={t('peer.facilitation.loadError')} onRetry={() => void refetch()} />;
  else content = <LoadingIndicator />;

  return (
    <Box component="section" aria-labelledby="facilitated-heading" sx={{ mb: 4 }}>
      <Typography id="facilitated-heading" variant="h2" sx={{ fontSize: '1.4rem', mb: 1 }}>
        {t('peer.facilitation.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('peer.facilitation.intro')}</Typography>
      <Box role="status">{done && <Alert severity="success" sx={{ mb: 2 }}>{done}</Alert>}</Box>
      {content}
      {confirming && (
        <ConfirmGroupDialog
          confirming={confirming}
          onClose={() => setConfirming(null)}
          onReload={() => void refetch()}
          onDone={() => {
            setDone(t('peer.facilitation.confirm.done', { number: confirming.number }));
            setConfirming(null);
          }}
        />
      )}
    </Box>
  );
}
