import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeerGroupFieldsFragment } from '../gql/graphql';
import { usePeerLabels } from './usePeerLabels';

export interface PeerGroupCardProps {
  group: PeerGroupFieldsFragment;
  /** Its place among the session's trios, from 1: the group's name ("Groep 2"). */
  number: number;
  /** Each member's reflections (after the session). */
  withReflections: boolean;
  /** E.g. the facilitator's "Bevestigen". */
  action?: ReactNode;
}

/** One trio: its members with their theme (and reflections written, and outcome), and whether it is confirmed. */
export function PeerGroupCard({ group, number, withReflections, action }: PeerGroupCardProps) {
  const { t } = useTranslation();
  const labels = usePeerLabels();
  const titleId = `peer-group-${group.id}`;
  return (
    <Paper component="section" variant="outlined" aria-labelledby={titleId} data-testid="peer-group" sx={{ p: 2, minWidth: 0 }}>
      <Typography id={titleId} variant="h4" sx={{ fontSize: '1.1rem', fontWeight: 600, mb: 1 }}>
        {t('peer.groupTitle', { number })}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 0.75 }}>
        {group.members.map((member) => (
          <li key={member.id} data-testid="peer-group-member">
            <Typography component="span" sx={{ fontWeight: 600 }}>
              {member.leader.displayName}
            </Typography>
            , {labels.theme(member.theme)}
            {withReflections && (
              <Typography variant="body2" component="span" sx={{ display: 'block' }} data-testid="peer-reflection-status">
                {t('peer.facilitation.reflections', {
                  count: member.reflections.length,
                  written: member.reflections.filter((reflection) => reflection.submittedAt !== null).length,
                })}
              </Typography>
            )}
            {member.outcome && (
              <Typography variant="body2" component="span" sx={{ display: 'block' }} data-testid="peer-member-outcome">
                {t(member.outcome === 'CREDITED' ? 'peer.facilitation.credited' : 'peer.facilitation.notCredited')}
              </Typography>
            )}
          </li>
        ))}
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 1, mt: 1.5 }}>
        <Typography variant="body2" data-testid="peer-group-state">
          {group.confirmedOn ? t('peer.staff.confirmed', { date: labels.date(group.confirmedOn) }) : t('peer.staff.notConfirmed')}
        </Typography>
        {action}
      </Box>
    </Paper>
  );
}
