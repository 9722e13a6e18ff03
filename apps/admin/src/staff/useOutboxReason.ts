import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { EmailOutboxQuery } from '../gql/graphql';

type Message = Pick<EmailOutboxQuery['emailOutbox']['edges'][number]['node'], 'waitReason' | 'attempts' | 'lastError' | 'nextAttemptAt' | 'sentAt'>;

/** Why an e-mail waits (or when it went), in words, from what the API recorded. */
export function useOutboxReason(): (message: Message) => string {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  return (message) => {
    const error = message.lastError ?? t('outboxDetail.unknownError');
    switch (message.waitReason) {
      case 'NO_SMTP':
        return t('outboxDetail.reason.NO_SMTP');
      case 'QUEUED':
        return t('outboxDetail.reason.QUEUED');
      case 'RETRY_SCHEDULED':
        return t('outboxDetail.reason.RETRY_SCHEDULED', { attempts: message.attempts, error, next: message.nextAttemptAt ? labels.dateTime(message.nextAttemptAt) : '—' });
      case 'GAVE_UP':
        return t('outboxDetail.reason.GAVE_UP', { attempts: message.attempts, error });
      default:
        return message.sentAt ? t('outboxDetail.reason.sent', { date: labels.dateTime(message.sentAt) }) : '';
    }
  };
}
