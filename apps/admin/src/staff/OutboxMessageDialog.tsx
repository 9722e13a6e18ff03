import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { EmailOutboxQuery } from '../gql/graphql';
import { useOutboxReason } from './useOutboxReason';

export type OutboxMessage = EmailOutboxQuery['emailOutbox']['edges'][number]['node'];

/** One e-mail as it goes out: recipient, subject, why it waits and the whole text. */
export function OutboxMessageDialog({ message, onClose }: { message: OutboxMessage; onClose(): void }) {
  const { t } = useTranslation();
  const reason = useOutboxReason();
  return (
    <Dialog open onClose={onClose} aria-labelledby="outbox-message-title" fullWidth maxWidth="md">
      <DialogTitle id="outbox-message-title" sx={{ overflowWrap: 'anywhere' }}>
        {t('outboxDetail.dialogTitle', { to: message.toAddress })}
      </DialogTitle>
      <DialogContent>
        <Typography sx={{ fontWeight: 600, mb: 1 }}>{t('outboxDetail.subject', { subject: message.subject })}</Typography>
        <Typography sx={{ mb: 2 }} data-testid="outbox-reason">
          {reason(message)}
        </Typography>
        <Typography component="pre" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit', m: 0 }} data-testid="outbox-body">
          {message.textBody}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('outboxDetail.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
