import { useMutation, useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { ErrorMessage, LoadingIndicator } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommitteeMeetingsQuery } from '../applications/graphql';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { ScheduleApplicationMutation } from './graphql';
import type { StaffDialogProps } from './ReturnDialog';
import { staleLists } from '../paging/staleLists';

/** "Agenderen": places the application on a planned meeting (today or later). */
/** Planned meetings offered (the API's largest page): monthly meetings, so years ahead. */
const MEETINGS_TO_CHOOSE_FROM = 100;

export function ScheduleDialog({ application, open, onClose, onReload }: StaffDialogProps) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const [meetingId, setMeetingId] = useState('');
  const [missing, setMissing] = useState(false);
  const meetings = useQuery(CommitteeMeetingsQuery, { skip: !open, variables: { first: MEETINGS_TO_CHOOSE_FROM }, fetchPolicy: 'cache-and-network' });
  const [schedule, { loading, error, reset }] = useMutation(ScheduleApplicationMutation, { update: staleLists('applicationCounts', 'applications') });

  async function submit() {
    if (!meetingId) {
      setMissing(true);
      return;
    }
    try {
      await schedule({ variables: { id: application.id, meetingId, version: application.version } });
      onClose();
    } catch {
      // shown below
    }
  }

  const planned = meetings.data?.committeeMeetings.edges.map((edge) => edge.node) ?? [];
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="schedule-dialog-title" fullWidth maxWidth="sm">
      <DialogTitle id="schedule-dialog-title">{t('staff.actions.SCHEDULE')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('staff.schedule.intro')}</DialogContentText>
        {meetings.loading && !meetings.data && <LoadingIndicator />}
        {meetings.error && <ErrorMessage message={t('staff.meetings.loadError')} onRetry={() => void meetings.refetch()} />}
        {meetings.data && planned.length === 0 && <DialogContentText>{t('staff.schedule.noMeetings')}</DialogContentText>}
        {planned.length > 0 && (
          <TextField
            select
            id="schedule-meeting"
            label={t('staff.schedule.meeting')}
            fullWidth
            required
            value={meetingId}
            onChange={(event) => {
              setMeetingId(event.target.value);
              setMissing(false);
            }}
            error={missing}
            helperText={missing ? t('staff.schedule.meetingRequired') : undefined}
            sx={{ mt: 1 }}
          >
            {planned.map((meeting) => (
              <MenuItem key={meeting.id} value={meeting.id}>
                {[labels.date(meeting.meetingDate), meeting.location].filter(Boolean).join(', ')}
              </MenuItem>
            ))}
          </TextField>
        )}
        <ApiErrorAlert
          error={error}
          fallback={t('common.saveFailed')}
          onReload={() => {
            reset();
            onReload();
            onClose();
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" loading={loading} onClick={() => void submit()} disabled={planned.length === 0}>
          {t('staff.schedule.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
