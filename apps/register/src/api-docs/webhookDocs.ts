/**
 * What the API page says about webhooks, as data: events, headers, an example body, the verification
 * code and the requests to subscribe. webhookDocs.test.ts holds each against the API itself (its
 * schema, its body builder, its signing and its defaults), so the page cannot drift from what is sent.
 */
import type { ApiRequest, JsonValue } from './examples';

/** The events a subscription can choose, in the order of a registration's life. */
export const WEBHOOK_EVENTS = ['REGISTERED', 'CONDITIONAL', 'EXPIRED', 'RE_REGISTERED', 'DEREGISTERED'] as const;

/** Headers of every delivery besides `Content-Type: application/json`. */
export const WEBHOOK_HEADERS = ['Schoolleidersregister-Signature', 'Schoolleidersregister-Event-Id', 'Schoolleidersregister-Event', 'Schoolleidersregister-Delivery'] as const;

/** How the register retries and when it disables a subscription (its default settings). */
export const WEBHOOK_DELIVERY = {
  /** A receiver must answer with a 2xx status within this time. */
  timeoutSeconds: 10,
  /** Attempts per message, the first included. */
  maxAttempts: 6,
  /** Wait before the second attempt; it doubles for each next one. */
  retryBaseSeconds: 60,
  /** Failed attempts in a row after which the subscription is disabled and its owner e-mailed. */
  disableAfterFailures: 15,
  /** How old a signature's timestamp may be, in the verification example. */
  toleranceSeconds: 300,
} as const;

/** Register numbers an API key's subscription may follow. */
export const WEBHOOK_MAX_REGISTER_NUMBERS = 10_000;

/** The waits between attempts, in seconds: base, 2 × base, 4 × base, … */
export function retryDelays(delivery: Pick<typeof WEBHOOK_DELIVERY, 'maxAttempts' | 'retryBaseSeconds'> = WEBHOOK_DELIVERY): number[] {
  return Array.from({ length: delivery.maxAttempts - 1 }, (_, index) => delivery.retryBaseSeconds * 2 ** index);
}

/** The body of a delivery: the public facts of the entry, without the name. */
export const WEBHOOK_BODY_EXAMPLE = {
  id: '3f6c2a1e-8b7d-4c59-9e0a-5d41b7c2e913',
  type: 'EXPIRED',
  occurredOn: '2026-11-28',
  test: false,
  registerNumber: '100234',
  entry: {
    status: 'EXPIRED',
    previousStatus: 'CONDITIONAL',
    title: 'RDO',
    level: 'VAKBEKWAAM',
    aspirant: false,
    registeredOn: '2018-05-28',
    reRegistrationDue: '2026-05-28',
  },
} as const satisfies JsonValue;

/** Node.js (18+, no packages): checks a delivery's signature. Shown on the page and run by the test as is. */
export const VERIFY_EXAMPLE = `import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Waar als het bericht van het register komt. rawBody: de body precies zoals ontvangen (vóór JSON.parse);
 * header: de waarde van Schoolleidersregister-Signature; secret: het geheim van uw webhook (whsec_…).
 */
export function verifyWebhook(rawBody, header, secret, nowSeconds = Date.now() / 1000) {
  const fields = header.split(',').map((field) => field.trim().split('='));
  const timestamp = Number(fields.find(([key]) => key === 't')?.[1]);
  // Weiger oude berichten: zo kan niemand een opgevangen bericht later opnieuw sturen.
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > ${WEBHOOK_DELIVERY.toleranceSeconds}) return false;
  const expected = createHmac('sha256', secret).update(\`\${timestamp}.\${rawBody}\`).digest();
  return fields
    .filter(([key]) => key === 'v1')
    .some(([, value]) => {
      const given = Buffer.from(value ?? '', 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}
`;

/** A receiver with Express: the raw body for the signature, a quick 2xx, the event id against doubles. */
export const RECEIVER_EXAMPLE = `import express from 'express';
import { verifyWebhook } from './verify-webhook.js';

const app = express();
app.post('/webhooks/register', express.raw({ type: 'application/json' }), (request, response) => {
  const rawBody = request.body.toString('utf8');
  if (!verifyWebhook(rawBody, request.get('Schoolleidersregister-Signature') ?? '', process.env.REGISTER_WEBHOOK_SECRET)) {
    return response.sendStatus(400);
  }
  const event = JSON.parse(rawBody);
  // Een herhaald bericht heeft dezelfde event.id: verwerk elke id één keer.
  queueForProcessing(event);
  response.sendStatus(204);
});
`;

export type WebhookRequestId = 'subscribe' | 'deliveries';

export interface WebhookRequest extends ApiRequest {
  id: WebhookRequestId;
}

/** What an API-key holder (scope WEBHOOKS) sends to subscribe and to read the delivery log. */
export const WEBHOOK_REQUESTS: readonly WebhookRequest[] = [
  {
    id: 'subscribe',
    query: `mutation Subscribe($input: WebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    secret
    subscription {
      id
      url
      events
      active
      version
    }
  }
}`,
    variables: {
      input: {
        url: 'https://hr.voorbeeld.nl/webhooks/register',
        events: ['CONDITIONAL', 'EXPIRED', 'DEREGISTERED'],
        description: 'HR-systeem van Stichting Voorbeeld',
        registerNumbers: ['100234', '100877'],
      },
    },
  },
  {
    id: 'deliveries',
    query: `query Deliveries($id: ID!, $first: Int, $after: String) {
  webhookSubscription(id: $id) {
    active
    disabledReason
    deliveries(first: $first, after: $after) {
      nodes {
        id
        eventId
        event
        registerNumber
        status
        attempts
        responseStatus
        lastError
        nextAttemptAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}`,
    variables: { id: '7d0b5f7e-1c2a-4e8b-9f3d-2a6c4b8e1f05', first: 20 },
  },
];

/** The other operations, named on the page. */
export const WEBHOOK_OPERATIONS = [
  'webhookSubscriptions',
  'updateWebhookSubscription',
  'rotateWebhookSecret',
  'sendTestWebhook',
  'replayWebhookDelivery',
  'enableWebhookSubscription',
  'deleteWebhookSubscription',
] as const;
