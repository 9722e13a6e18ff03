import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { WebhookDeliveryFieldsFragment, WebhookDeliveryStatus, WebhookEvent } from '../gql/graphql';

export interface WebhookLabels {
  event(event: WebhookEvent): string;
  /** The events in the order of the form, in words: "Geregistreerd, Uitgeschreven". */
  events(events: readonly WebhookEvent[]): string;
  deliveryStatus(status: WebhookDeliveryStatus): string;
  /** "1 poging", "3 pogingen". */
  attempts(count: number): string;
  /** The receiver's last answer: its HTTP status, else why there was none. */
  response(delivery: Pick<WebhookDeliveryFieldsFragment, 'responseStatus' | 'lastError'>): string;
  /** A calendar date: "7 mei 2027". */
  date(value: string): string;
  /** A moment in Amsterdam: "7 mei 2027 om 14:05". */
  moment(value: string): string;
}

/** Every event a subscription can choose, in the order of a registration's life. */
export const WEBHOOK_EVENTS: readonly WebhookEvent[] = ['REGISTERED', 'CONDITIONAL', 'EXPIRED', 'RE_REGISTERED', 'DEREGISTERED'];

/** Texts of webhooks and their deliveries in the current language. */
export function useWebhookLabels(): WebhookLabels {
  const { t } = useTranslation();
  const { date, dateTime } = useApplicationLabels();
  return useMemo(() => {
    const event = (value: WebhookEvent) => t(`webhooks.events.${value}`);
    return {
      event,
      events: (events) => WEBHOOK_EVENTS.filter((value) => events.includes(value)).map(event).join(', '),
      deliveryStatus: (status) => t(`webhooks.deliveries.statuses.${status}`),
      attempts: (count) => t('webhooks.deliveries.attemptCount', { count }),
      // A status says it all (the API's error only repeats it); without one, the API's Dutch reason (timeout, refused, …).
      response: ({ responseStatus, lastError }) =>
        responseStatus !== null && responseStatus !== undefined
          ? t('webhooks.deliveries.responseStatus', { status: responseStatus })
          : (lastError ?? t('webhooks.deliveries.noResponse')),
      date,
      moment: dateTime,
    };
  }, [t, date, dateTime]);
}
