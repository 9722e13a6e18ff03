import { useMutation, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { todayInAmsterdam } from '@srpo/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { PlannableThemesQuery } from '../leader/graphql';
import { staleLists } from '../paging/staleLists';
import { SignUpForPeerSessionMutation } from './graphql';
import { usePeerLabels } from './usePeerLabels';

export interface SignUpDialogProps {
  session: { id: string; startsAt: string; endsAt: string };
  onClose(): void;
  onDone(when: string): void;
}

/** "Aanmelden": one theme (of those valid on the session's day) for one session. */
export function SignUpDialog({ session, onClose, onDone }: SignUpDialogProps) {
  const { t } = useTranslation();
  const labels = usePeerLabels();
  const when = labels.session(session);
  const themes = useQuery(PlannableThemesQuery, { variables: { activeOn: todayInAmsterdam(new Date(session.startsAt)) } });
  const [themeId, setThemeId] = useState('');
  const [missing, setMissing] = useState(false);
  const [signUp, { loading, error }] = useMutation(SignUpForPeerSessionMutation, { update: staleLists('openPeerSessions', 'myPeerValidations') });

  async function submit() {
    setMissing(themeId === '');
    if (themeId === '') return;
    try {
      await signUp({ variables: { sessionId: session.id, themeId } });
      onDone(when);
    } catch {
      // shown below
    }
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby="peer-sign-up-title" fullWidth maxWidth="sm">
      <DialogTitle id="peer-sign-up-title">{t('peer.leader.signUp.title', { when })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('peer.leader.signUp.intro')}</DialogContentText>
        <Box sx={{ pt: 1 }}>
          <TextField
            select
            fullWidth
            id="peer-theme"
            label={t('peer.leader.signUp.theme')}
            required
            value={themeId}
            onChange={(event) => {
              setThemeId(event.target.value);
              setMissing(false);
            }}
            error={missing}
            helperText={missing ? t('peer.leader.signUp.themeRequired') : undefined}
          >
            {(themes.data?.themes ?? []).map((theme) => (
              <MenuItem key={theme.id} value={theme.id} sx={{ whiteSpace: 'normal' }}>
                {labels.theme(theme)}
              </MenuItem>
            ))}
          </TextField>
        </Box>
        <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" loading={loading} onClick={() => void submit()}>
          {t('peer.leader.signUp.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
