import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { reasonText } from '../forms/reasonText';
import { ObjectionButton } from '../objections/ObjectionButton';
import { ObjectionLines } from '../objections/ObjectionLines';
import type { MyPeerValidationFieldsFragment } from '../gql/graphql';
import { staleLists } from '../paging/staleLists';
import { CancelPeerSignUpMutation } from './graphql';
import { usePeerLabels } from './usePeerLabels';

export interface ReflectionTarget {
  groupId: string;
  subject: { id: string; name: string; theme: string };
  deadline: string;
}

export interface MyPeerValidationProps {
  validation: MyPeerValidationFieldsFragment;
  onWrite(target: ReflectionTarget): void;
  onCancelled(when: string): void;
}

/** The trio once placed: the other two, the reflections on them (written, to write, or missed) and the outcome. */
function PlacedBody({ validation, onWrite }: Pick<MyPeerValidationProps, 'validation' | 'onWrite'>) {
  const { t, i18n } = useTranslation();
  const labels = usePeerLabels();
  const { session, groupId, reflectionDeadline, outcome } = validation;
  const deadline = reflectionDeadline ? labels.moment(reflectionDeadline) : '';
  const ended = new Date(session.endsAt) <= new Date();
  const theme = labels.theme(validation.theme);
  return (
    <>
      <Typography variant="h5" sx={{ fontSize: '1.05rem', fontWeight: 600, mt: 1 }}>
        {t('peer.leader.group')}
      </Typography>
      <Box component="ul" data-testid="my-peer-group" sx={{ m: 0, pl: 2.5 }}>
        {validation.partners.map((partner) => (
          <li key={partner.leaderId}>
            {partner.displayName}, {labels.theme(partner.theme)}
          </li>
        ))}
      </Box>
      <Typography variant="h5" sx={{ fontSize: '1.05rem', fontWeight: 600, mt: 2 }}>
        {t('peer.leader.reflections.title')}
      </Typography>
      {!outcome && (
        <Typography sx={{ mb: 1 }} data-testid="peer-reflection-deadline">
          {t(ended ? 'peer.leader.reflections.deadline' : 'peer.leader.reflections.afterSession', { deadline })}
        </Typography>
      )}
      <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 1 }}>
        {validation.partners.map((partner) => {
          const submittedAt = validation.reflections.find((reflection) => reflection.subjectLeaderId === partner.leaderId)?.submittedAt;
          let line;
          if (submittedAt) line = <Typography>{t('peer.leader.reflections.written', { name: partner.displayName, date: labels.moment(submittedAt) })}</Typography>;
          else if (validation.reflectionOpen && groupId) {
            line = (
              <Button
                variant="contained"
                onClick={() => onWrite({ groupId, deadline, subject: { id: partner.leaderId, name: partner.displayName, theme: labels.theme(partner.theme) } })}
              >
                {t('peer.leader.reflections.writeLabel', { name: partner.displayName })}
              </Button>
            );
          } else if (ended) line = <Typography>{t('peer.leader.reflections.notWritten', { name: partner.displayName })}</Typography>;
          return line && <li key={partner.leaderId}>{line}</li>;
        })}
      </Box>
      <Box sx={{ mt: 2 }} data-testid="peer-outcome">
        {outcome === 'CREDITED' && <Typography>{t('peer.leader.outcome.credited', { theme, date: labels.date(session.sessionDate) })}</Typography>}
        {outcome === 'NOT_CREDITED' && (
          <>
            <Typography>{t('peer.leader.outcome.notCredited', { theme })}</Typography>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {validation.outcomeReasons.map((reason) => (
                <li key={reason.code + reason.message}>{reasonText(reason, i18n.language)}</li>
              ))}
            </Box>
          </>
        )}
        {!outcome && ended && <Typography>{t('peer.leader.outcome.awaiting')}</Typography>}
        {outcome && validation.decisionId && validation.confirmedOn && (
          <Box sx={{ mt: 1, display: 'grid', gap: 1, justifyItems: 'start' }}>
            <ObjectionLines objections={validation.objections} />
            <ObjectionButton
              decisionKind="PEER_VALIDATION"
              decisionId={validation.decisionId}
              decidedOn={validation.confirmedOn}
              objections={validation.objections}
              staleLists={['myPeerValidations']}
            />
          </Box>
        )}
      </Box>
    </>
  );
}

/** One sign-up of the leader: the session, then (by its status) cancelling, not placed, or the trio with reflections and outcome. */
export function MyPeerValidation({ validation, onWrite, onCancelled }: MyPeerValidationProps) {
  const { t } = useTranslation();
  const labels = usePeerLabels();
  const [cancel, cancelling] = useMutation(CancelPeerSignUpMutation, { update: staleLists('openPeerSessions', 'myPeerValidations') });
  const { session } = validation;
  const when = labels.session(session);
  const titleId = `my-peer-${validation.id}`;

  async function cancelSignUp() {
    try {
      await cancel({ variables: { sessionId: session.id } });
      onCancelled(when);
    } catch {
      // shown below
    }
  }

  let body;
  if (validation.status === 'SIGNED_UP') {
    body = (
      <>
        <Typography>{t('peer.leader.signedUp')}</Typography>
        {validation.cancellable && (
          <Button variant="outlined" sx={{ mt: 1 }} loading={cancelling.loading} onClick={() => void cancelSignUp()} aria-label={t('peer.leader.cancelLabel', { when })}>
            {t('peer.leader.cancel')}
          </Button>
        )}
        <ApiErrorAlert error={cancelling.error} fallback={t('common.saveFailed')} />
      </>
    );
  } else if (validation.status === 'NOT_PLACED') body = <Typography>{t('peer.leader.notPlaced')}</Typography>;
  else body = <PlacedBody validation={validation} onWrite={onWrite} />;

  return (
    <Paper component="article" variant="outlined" aria-labelledby={titleId} data-testid="my-peer-validation" sx={{ p: 2, minWidth: 0 }}>
      <Typography id={titleId} variant="h4" sx={{ fontSize: '1.2rem', fontWeight: 600, mb: 0.5 }}>
        {when}
      </Typography>
      <Typography>{t('peer.place', { location: session.location })}</Typography>
      <Typography>{t('peer.facilitator', { name: session.facilitator.displayName })}</Typography>
      <Typography sx={{ mb: 1 }}>{t('peer.leader.yourTheme', { theme: labels.theme(validation.theme) })}</Typography>
      {body}
    </Paper>
  );
}
