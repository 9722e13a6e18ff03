import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MyPeerValidationsQuery, OpenPeerSessionsQuery } from './graphql';
import { MyPeerValidation, type ReflectionTarget } from './MyPeerValidation';
import { ReflectionDialog } from './ReflectionDialog';
import { SignUpDialog, type SignUpDialogProps } from './SignUpDialog';
import { usePeerLabels } from './usePeerLabels';

/** "Schoolleiders waarderen schoolleiders" in the leader's workspace: own sign-ups (trio, reflections, outcome) and sessions with places left. */
export function PeerValidationSection() {
  const { t } = useTranslation();
  const labels = usePeerLabels();
  const mine = useQuery(MyPeerValidationsQuery, { fetchPolicy: 'cache-and-network' });
  const open = useQuery(OpenPeerSessionsQuery, { fetchPolicy: 'cache-and-network' });
  const [signingUp, setSigningUp] = useState<SignUpDialogProps['session'] | null>(null);
  const [writing, setWriting] = useState<ReflectionTarget | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (mine.error || open.error) {
    return (
      <ErrorMessage
        message={t('peer.leader.loadError')}
        onRetry={() => {
          void mine.refetch();
          void open.refetch();
        }}
      />
    );
  }
  if (!mine.data || !open.data) return <LoadingIndicator />;
  const signedUpFor = new Set(mine.data.myPeerValidations.map((validation) => validation.session.id));
  const openSessions = open.data.openPeerSessions.filter((session) => !signedUpFor.has(session.id));

  return (
    <>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('peer.leader.intro')}</Typography>
      <Box role="status">{done && <Alert severity="success" sx={{ mb: 2 }}>{done}</Alert>}</Box>
      {mine.data.myPeerValidations.length > 0 && (
        <>
          <Typography variant="h3" sx={{ fontSize: '1.2rem', mb: 1 }}>
            {t('peer.leader.mine')}
          </Typography>
          <Box sx={{ display: 'grid', gap: 2, mb: 3 }}>
            {mine.data.myPeerValidations.map((validation) => (
              <MyPeerValidation
                key={validation.id}
                validation={validation}
                onWrite={(target) => {
                  setDone(null);
                  setWriting(target);
                }}
                onCancelled={(when) => setDone(t('peer.leader.cancelled', { when }))}
              />
            ))}
          </Box>
        </>
      )}
      <Typography variant="h3" sx={{ fontSize: '1.2rem', mb: 1 }}>
        {t('peer.leader.open')}
      </Typography>
      {openSessions.length === 0 ? (
        <Typography>{t('peer.leader.noneOpen')}</Typography>
      ) : (
        <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5 }}>
          {openSessions.map((session) => {
            const when = labels.session(session);
            return (
              <Paper component="li" variant="outlined" key={session.id} data-testid="open-peer-session" sx={{ p: 2, display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', justifyContent: 'space-between' }}>
                <Box sx={{ minWidth: 0 }}>
                  <Typography sx={{ fontWeight: 600 }}>{when}</Typography>
                  <Typography>{t('peer.place', { location: session.location })}</Typography>
                  <Typography variant="body2">{t('peer.leader.placesLeft', { count: session.placesLeft })}</Typography>
                </Box>
                <Button
                  variant="contained"
                  aria-label={t('peer.leader.signUp.openLabel', { when })}
                  onClick={() => {
                    setDone(null);
                    setSigningUp(session);
                  }}
                >
                  {t('peer.leader.signUp.open')}
                </Button>
              </Paper>
            );
          })}
        </Box>
      )}
      {signingUp && (
        <SignUpDialog
          session={signingUp}
          onClose={() => setSigningUp(null)}
          onDone={(when) => {
            setSigningUp(null);
            setDone(t('peer.leader.signUp.done', { when }));
          }}
        />
      )}
      {writing && (
        <ReflectionDialog
          {...writing}
          onClose={() => setWriting(null)}
          onDone={(name) => {
            setWriting(null);
            setDone(t('peer.leader.reflections.done', { name }));
          }}
        />
      )}
    </>
  );
}
