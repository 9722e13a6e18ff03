import type { WebhookSubscriptionInput, WebhookEvent, WebhookSubscriptionFieldsFragment } from '../gql/graphql';
import { WEBHOOK_EVENTS } from './useWebhookLabels';

export interface WebhookDraft {
  url: string;
  events: readonly WebhookEvent[];
  description: string;
}

export type WebhookField = keyof WebhookDraft;

export const emptyWebhookDraft: WebhookDraft = { url: '', events: WEBHOOK_EVENTS, description: '' };

/** The form filled with a subscription's values, for editing it. */
export function draftOf(subscription: WebhookSubscriptionFieldsFragment): WebhookDraft {
  return { url: subscription.url, events: subscription.events, description: subscription.description ?? '' };
}

/**
 * The input to send, or the fields to fill in first (in form order). Only what must be there is
 * checked here; whether the address is acceptable is the API's rule, and its answer is shown at the field.
 */
export function webhookInput(draft: WebhookDraft): { ok: true; input: WebhookSubscriptionInput } | { ok: false; missing: WebhookField[] } {
  const description = draft.description.trim();
  const input: WebhookSubscriptionInput = {
    url: draft.url.trim(),
    events: WEBHOOK_EVENTS.filter((event) => draft.events.includes(event)),
    description: description === '' ? null : description,
  };
  const missing: WebhookField[] = [];
  if (!input.url) missing.push('url');
  if (input.events.length === 0) missing.push('events');
  return missing.length > 0 ? { ok: false, missing } : { ok: true, input };
}
