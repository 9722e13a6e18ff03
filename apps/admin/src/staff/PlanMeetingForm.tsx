import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { parseCalendarDate } from '@srpo/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { PlanCommitteeMeetingMutation } from './graphql';
import { staleLists } from '../paging/staleLists';

/** "Vergadering plannen": a date (today or later, the API checks) and a location. */
export function PlanMeetingForm() {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const [meetingDate, setMeetingDate] = useState('');
  const [location, setLocation] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [planned, setPlanned] = useState<string | null>(null);
  const [plan, { loading, error }] = useMutation(PlanCommitteeMeetingMutation, { update: staleLists('committeeMeetings') });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const date = parseCalendarDate(meetingDate);
    setInvalid(!date);
    setPlanned(null);
    if (!date) return;
    try {
      const { data } = await plan({ variables: { meetingDate: date, location: location.trim() || null } });
      if (data) setPlanned(data.planCommitteeMeeting.meetingDate);
      setMeetingDate('');
      setLocation('');
    } catch {
      // shown below
    }
  }

  return (
    <Box component="form" noValidate onSubmit={(event) => void submit(event)} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
      <TextField
        id="meeting-date"
        label={t('meetings.date')}
        type="date"
        required
        value={meetingDate}
        onChange={(event) => setMeetingDate(event.target.value)}
        error={invalid}
        helperText={invalid ? t('meetings.dateRequired') : undefined}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField id="meeting-location" label={t('meetings.location')} value={location} onChange={(event) => setLocation(event.target.value)} />
      <Button type="submit" variant="contained" loading={loading} sx={{ mt: 1 }}>
        {t('meetings.plan')}
      </Button>
      <Box sx={{ flexBasis: '100%' }}>
        <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
        {planned && (
          <Alert severity="success" role="status">
            {t('meetings.planned', { date: labels.date(planned) })}
          </Alert>
        )}
      </Box>
    </Box>
  );
}
