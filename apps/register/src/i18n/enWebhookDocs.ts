import type { SameKeys } from '@srpo/ui';
import type { nlWebhookDocs } from './nlWebhookDocs';

/** English strings of the API page's webhook section (same keys as Dutch). */
export const enWebhookDocs: SameKeys<typeof nlWebhookDocs> = {
  apiDocs: {
    webhooks: {
      title: 'Webhooks: a message when a status changes',
      intro:
        'With a webhook your system need not keep asking whether anything changed: the register sends a message as soon as the registration of a school leader you follow changes. The message is a `POST` request with JSON to an address of your system, signed with a secret only you and the register know.',
      whoTitle: 'Who can create a webhook',
      whoBoards:
        'School boards: in the portal, under Board → Webhooks. A board’s webhook follows the school leaders who work at that board on the day of the change.',
      whoKeys:
        'Holders of an API key with the access `WEBHOOKS` (ask the register office): with the mutations below. Such a webhook follows the register numbers you give (1 to {{max}} per webhook).',
      eventsTitle: 'Events',
      eventsIntro: 'For each webhook you choose the events you want a message about; `type` in the message says which one it is:',
      events: {
        REGISTERED: '`REGISTERED`: the school leader entered the register (a first or new registration, or an aspirant now fully registered);',
        CONDITIONAL: '`CONDITIONAL`: the re-registration date passed without re-registration; the registration continues under conditions for six months;',
        EXPIRED: '`EXPIRED`: those six months are over too; the re-registration has expired;',
        RE_REGISTERED: '`RE_REGISTERED`: the school leader re-registered (also back from under conditions or expired);',
        DEREGISTERED: '`DEREGISTERED`: the school leader was deregistered.',
      },
      eventsDaily:
        'The changes to under conditions and expired are made by the register’s daily run, shortly after midnight; their messages come at night too.',
      bodyTitle: 'The message',
      bodyIntro: 'The body is JSON with the public facts of the registration, without the name: the register number tells you who it is about.',
      bodyExample: 'Example of a message',
      bodyFields:
        '`id` is the event’s id: a message sent again has the same one, so handle each id once. `occurredOn` is the date of the change in the register, `entry.previousStatus` the status before it. A test message (`sendTestWebhook` or the button in the portal) has `"test": true` and the register number `TEST-0000`.',
      headersTitle: 'Headers',
      headers: {
        'Schoolleidersregister-Signature': 'the signature: `t=<unix time>,v1=<signature>`, see below;',
        'Schoolleidersregister-Event-Id': 'the event’s id, the same as `id` in the body;',
        'Schoolleidersregister-Event': 'the kind of event, the same as `type` in the body;',
        'Schoolleidersregister-Delivery': 'the id of this delivery (a message sent again is a new delivery).',
      },
      verifyTitle: 'Checking the signature',
      verifySteps: 'Check every message before you believe it:',
      verifyStep1: 'Read `t` (the time of signing, in seconds since 1970) and `v1` from the header `Schoolleidersregister-Signature`.',
      verifyStep2: 'Compute the HMAC-SHA256 of the text `<t>.<body>`, with the body exactly as received (before you parse it as JSON) and your whole secret (`whsec_…`) as the key, in hexadecimal digits.',
      verifyStep3: 'Compare it with `v1` in constant time, and refuse a message whose `t` is more than {{tolerance}} seconds off your clock.',
      verifyCode: 'Checking in Node.js',
      receiverCode: 'Receiving with Express',
      rotate:
        'A new secret (`rotateWebhookSecret`, or New secret in the portal) works at once; the old one no longer does. Put the new secret in your system straight away.',
      retriesTitle: 'Answers, retries and disabling',
      answer:
        'Answer within {{timeout}} seconds with a 2xx status (for example `204`); do the actual work afterwards. The register does not follow redirects and does not read your answer.',
      retries:
        'When a delivery fails (no answer, another status), the register tries again, up to {{attempts}} attempts in all, each later: after {{delays}}. Then the register gives that delivery up; you can have it sent again yourself (`replayWebhookDelivery`, or Send again in the portal).',
      disabling:
        'When {{failures}} attempts in a row fail, the register disables the webhook and e-mails its owner. Messages not yet delivered are kept and go out once you enable the webhook again (`enableWebhookSubscription`, or Enable again in the portal).',
      order:
        'Messages may arrive twice or out of order. Use `id` against doubles and `occurredOn` for the order; when in doubt, ask for the current state with `publicRegistration`.',
      subscribeTitle: 'Subscribing with an API key',
      subscribeIntro:
        'With a key that has the access `WEBHOOKS` you send this mutation (with the header `Authorization: Bearer <key>`). The answer holds the secret: you see it this once only.',
      subscribeQuery: 'Mutation to subscribe',
      subscribeVariables: 'Variables',
      deliveriesIntro: 'The delivery log, newest first, in pages:',
      deliveriesQuery: 'Query for the deliveries',
      deliveriesVariables: 'Variables',
      operations: 'There are also, for your own webhooks: {{operations}}.',
      urlRules: 'The address must start with `https://`, without a user name or password, and may not point at a local or internal network address.',
    },
  },
};
