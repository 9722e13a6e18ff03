import Link from '@mui/material/Link';
import { CaptionedTable } from '../grid/CaptionedTable';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CommitteeMeetingsQuery } from '../gql/graphql';
import { useApplicationLabels } from './useApplicationLabels';

export type MeetingRow = CommitteeMeetingsQuery['committeeMeetings']['edges'][number]['node'];

export interface MeetingTableProps {
  meetings: readonly MeetingRow[];
  caption: string;
  /** When given, the date links to the meeting's page. */
  linkTo?: (meeting: MeetingRow) => string;
}

/** Meetings with their date, location and how many applications are on the agenda (and still open). */
export function MeetingTable({ meetings, caption, linkTo }: MeetingTableProps) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  if (meetings.length === 0) return <Typography>{t('meetings.none')}</Typography>;
  return (
    <CaptionedTable caption={caption} sx={{ maxWidth: '48rem' }} data-testid="meetings">
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">{t('meetings.date')}</TableCell>
          <TableCell component="th" scope="col">{t('meetings.location')}</TableCell>
          <TableCell component="th" scope="col">{t('meetings.agenda')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {meetings.map((meeting) => {
          const date = labels.date(meeting.meetingDate);
          return (
            <TableRow key={meeting.id}>
              <TableCell>
                {linkTo ? (
                  <Link component={RouterLink} to={linkTo(meeting)}>
                    {date}
                  </Link>
                ) : (
                  date
                )}
              </TableCell>
              <TableCell>{meeting.location ?? '—'}</TableCell>
              <TableCell>{t('meetings.agendaCount', { count: meeting.agenda.totalCount, open: meeting.openAgendaCount })}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </CaptionedTable>
  );
}
