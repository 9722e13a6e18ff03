import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeerSessionFieldsFragment } from '../gql/graphql';
import { staleLists } from '../paging/staleLists';
import { ConfirmStepDialog } from './ConfirmStepDialog';
import { FormPeerGroupsMutation } from './graphql';
import { SessionGroups } from './SessionGroups';
import { usePeerLabels } from './usePeerLabels';

/** A session for staff: when, where, facilitator, sign-ups; "Groepen indelen" once, then its trios and who could not be placed. */
export function PeerSessionCard({ session, onReload }: { session: PeerSessionFieldsFragment & { signUpCount: number }; onReload(): void }) {
  const { t } = useTranslation();
  const labels = usePeerLabels();
  const [asking, setAsking] = useState(false);
  const [formed, setFormed] = useState<number | null>(null);
  const [formGroups, { loading, error, reset }] = useMutation(FormPeerGroupsMutation, { update: staleLists('peerSessions', 'facilitatedPeerSessions') });
  const when = labels.session(session);
  const titleId = `peer-session-${session.id}`;

  async function confirm() {
    try {
      const { data } = await formGroups({ variables: { sessionId: session.id, version: session.version } });
      setAsking(false);
      if (data) setFormed(data.formPeerGroups.groups.length);
    } catch {
      // shown in the dialog
    }
  }

  function close() {
    reset();
    setAsking(false);
  }

  return (
    <Paper component="article" variant="outlined" aria-labelledby={titleId} data-testid="peer-session" sx={{ p: 2, minWidth: 0 }}>
      <Typography id={titleId} variant="h3" sx={{ fontSize: '1.2rem', fontWeight: 600, mb: 1 }}>
        {when}
      </Typography>
      <Typography>{t('peer.place', { location: session.location })}</Typography>
      <Typography>{t('peer.facilitator', { name: session.facilitator.displayName })}</Typography>
      <Typography data-testid="peer-sign-up-count">{t('peer.staff.signUps', { count: session.signUpCount, capacity: session.capacity })}</Typography>
      <Box role="status">{formed !== null && <Alert severity="success" sx={{ mt: 1 }}>{t('peer.staff.form.done', { count: formed })}</Alert>}</Box>
      {session.state === 'GROUPED' ? (
        <SessionGroups session={session} withUnplaced />
      ) : (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mt: 1 }}>
          <Typography>{t('peer.staff.notGrouped')}</Typography>
          <Button variant="contained" onClick={() => setAsking(true)} aria-label={t('peer.staff.form.openLabel', { when })}>
            {t('peer.staff.form.open')}
          </Button>
        </Box>
      )}
      {asking && (
        <ConfirmStepDialog
          id={`peer-form-${session.id}`}
          title={t('peer.staff.form.title', { when })}
          submitLabel={t('peer.staff.form.submit')}
          loading={loading}
          error={error}
          onConfirm={() => void confirm()}
          onClose={close}
          onReload={onReload}
        >
          <DialogContentText>{t('peer.staff.form.body', { count: session.signUpCount })}</DialogContentText>
        </ConfirmStepDialog>
      )}
    </Paper>
  );
}
