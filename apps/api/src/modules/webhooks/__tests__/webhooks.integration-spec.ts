import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { addDays, addYears, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDailyRegistrationJob } from '../../../jobs/daily-registration.job';
import { createLogger } from '../../../logger';
import { createBoard, createLeader } from '../../../testing/fixtures';
import { boardClient } from '../../../testing/offering-fixtures';
import { apiKeyClient, signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Account } from '../../accounts/account.entity';
import { Role } from '../../accounts/role';
import { EmailOutboxMessage } from '../../letters/email-outbox.entity';
import { nudgeWebhookQueue } from '../webhook-queue';
import { pruneWebhookHistory } from '../webhook-retention';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from '../webhook-settings';
import { startWebhookJobs, stopWebhookJobs } from '../webhook.job';

/** Short delays so retries take well under a second each: 0.2 s, then 0.4 s. */
const SETTINGS: WebhookSettings = { ...DEFAULT_WEBHOOK_SETTINGS, timeoutMs: 2_000, maxAttempts: 3, retryBaseSeconds: 0.2, disableAfterFailures: 3 };

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/** A real receiver on 127.0.0.1: records every POST; answers 500 on /fail, 200 elsewhere. */
async function startReceiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      response.statusCode = request.url === '/fail' ? 500 : 200;
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

/** The receiver's check, written from the README alone (node:crypto): HMAC-SHA256 of "<t>.<body>", five minutes' tolerance. */
function verifySignature(header: string | undefined, body: string, secret: string): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((part) => part.split('=') as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > 300 || !parts.v1) return false;
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest();
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const CREATE = `mutation ($input: WebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { secret subscription { id url events active version followsBoard } } }`;
const SUBSCRIPTION = `query ($id: ID!) { webhookSubscription(id: $id) {
  id active disabledReason consecutiveFailures version
  deliveries(first: 10) { totalCount nodes { id eventId event registerNumber occurredOn status attempts responseStatus lastError nextAttemptAt replayOf test } } } }`;
const REPLAY = `mutation ($id: ID!) { replayWebhookDelivery(id: $id) { id eventId status replayOf } }`;

interface Created {
  secret: string;
  subscription: { id: string; url: string; events: string[]; active: boolean; version: number; followsBoard: boolean };
}
interface Delivery {
  id: string;
  eventId: string;
  event: string;
  registerNumber: string;
  occurredOn: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  replayOf: string | null;
  test: boolean;
}
interface SubscriptionView {
  id: string;
  active: boolean;
  disabledReason: string | null;
  consecutiveFailures: number;
  version: number;
  deliveries: { totalCount: number; nodes: Delivery[] };
}

describe('webhooks: status changes of the daily job, signed, retried, disabled, replayed, per owner', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let boss: PgBoss;
  let ownBoard: TestClient;
  let otherBoard: TestClient;
  let own: Created;
  let failing: Created;
  let keyed: Created;
  let keySecret: string;
  let registerNumber: string;
  /** The daily job's date: the due date of the leaders below (the first CONDITIONAL day). */
  let jobDate: CalendarDate;

  const view = async (client: TestClient, id: string) => (await client.request<{ webhookSubscription: SubscriptionView | null }>(SUBSCRIPTION, { id })).data!.webhookSubscription;

  beforeAll(async () => {
    database = await createTestDatabase();
    const ds = database.dataSource;
    server = await startTestServer(ds, { webhooks: SETTINGS });
    receiver = await startReceiver();
    boss = new PgBoss({ connectionString: database.url, schema: 'pgboss', max: 2 });
    await boss.start();
    await startWebhookJobs(boss, { dataSource: ds, logger: createLogger('silent'), timeZone: 'Europe/Amsterdam', timed: (_queue, run) => run(), settings: SETTINGS, onEmails: null, pollingIntervalSeconds: 0.5 });

    const today = todayInAmsterdam(new Date());
    jobDate = addDays(today, 5);
    const registeredOn = addYears(jobDate, -4);
    const boardA = await createBoard(ds, 'Stichting Webhook');
    const boardB = await createBoard(ds, 'Stichting Storing');
    const { leader } = await createLeader(ds, { board: boardA, registration: { registeredOn } });
    registerNumber = leader.registerNumber;
    await createLeader(ds, { board: boardB, registration: { registeredOn } });
    ownBoard = await boardClient(ds, server.url, boardA.id);
    otherBoard = await boardClient(ds, server.url, boardB.id);

    const created = async (client: TestClient, path: string) =>
      (await client.request<{ createWebhookSubscription: Created }>(CREATE, { input: { url: `${receiver.url}${path}`, events: ['CONDITIONAL', 'EXPIRED'], description: 'HR' } })).data!
        .createWebhookSubscription;
    own = await created(ownBoard, '/own');
    failing = await created(otherBoard, '/fail');

    // An API key holder with scope WEBHOOKS follows the first leader by register number.
    const staff = await signedInClient(ds, server.url, [Role.STAFF]);
    const issued = await staff.request<{ issueApiKey: { secret: string } }>(
      `mutation ($input: IssueApiKeyInput!) { issueApiKey(input: $input) { secret } }`,
      { input: { organisation: 'HR Systeem BV', contactName: 'Kim', contactEmail: 'kim@hr.example.nl', purpose: 'Webhooks', scopes: ['WEBHOOKS'] } },
    );
    keySecret = issued.data!.issueApiKey.secret;
    const byKey = await apiKeyClient(server.url, keySecret).request<{ createWebhookSubscription: Created }>(CREATE, {
      input: { url: `${receiver.url}/key`, events: ['CONDITIONAL'], registerNumbers: [registerNumber, '999999'] },
    });
    keyed = byKey.data!.createWebhookSubscription;

    // The day the registrations fall due: the daily job makes them CONDITIONAL and writes the outbox; then the sweep sends.
    const result = await runDailyRegistrationJob(ds, jobDate);
    expect(result.statusChanges.map((change) => change.to)).toEqual(['CONDITIONAL', 'CONDITIONAL']);
    await nudgeWebhookQueue();
  }, 60_000);

  afterAll(async () => {
    stopWebhookJobs();
    await boss?.stop({ graceful: false });
    await new Promise((resolve) => receiver?.server.close(resolve));
    await server?.stop();
    await database?.drop();
  });

  it('(a) delivers a signed webhook with public facts only for a status change made by the daily job', async () => {
    const [request] = await until('the delivery to /own', () => {
      const hits = receiver.received.filter((hit) => hit.path === '/own');
      return hits.length > 0 ? hits : undefined;
    });
    expect(verifySignature(request!.headers['schoolleidersregister-signature'] as string, request!.body, own.secret)).toBe(true);
    expect(verifySignature(request!.headers['schoolleidersregister-signature'] as string, `${request!.body} `, own.secret)).toBe(false);
    expect(verifySignature(request!.headers['schoolleidersregister-signature'] as string, request!.body, failing.secret)).toBe(false);
    const body = JSON.parse(request!.body) as Record<string, unknown> & { entry: Record<string, unknown> };
    expect(request!.headers['schoolleidersregister-event-id']).toBe(body.id);
    expect(Object.keys(body).sort()).toEqual(['entry', 'id', 'occurredOn', 'registerNumber', 'test', 'type']);
    expect(Object.keys(body.entry).sort()).toEqual(['aspirant', 'level', 'previousStatus', 'reRegistrationDue', 'registeredOn', 'status', 'title']);
    expect(body).toMatchObject({ type: 'CONDITIONAL', occurredOn: jobDate, registerNumber, test: false, entry: { status: 'CONDITIONAL', previousStatus: 'ACTIVE', reRegistrationDue: jobDate } });
    expect(request!.body).not.toMatch(/leider\d+@example\.nl|1975-04-01|Stichting/);

    // The key's subscription gets the same event (it lists the number); the other board's leader reaches neither.
    const byKey = await until('the delivery to /key', () => receiver.received.find((hit) => hit.path === '/key'));
    expect(verifySignature(byKey.headers['schoolleidersregister-signature'] as string, byKey.body, keyed.secret)).toBe(true);
    expect(JSON.parse(byKey.body)).toMatchObject({ id: body.id, registerNumber });

    const log = await until('the delivery log', async () => {
      const current = await view(ownBoard, own.subscription.id);
      return current?.deliveries.nodes[0]?.status === 'DELIVERED' ? current : undefined;
    });
    expect(log.deliveries.nodes).toEqual([
      expect.objectContaining({ eventId: body.id, event: 'CONDITIONAL', registerNumber, occurredOn: jobDate, status: 'DELIVERED', attempts: 1, responseStatus: 200, lastError: null, nextAttemptAt: null }),
    ]);

    // The outbox holds one event per change: running the day again writes nothing and sends nothing.
    await runDailyRegistrationJob(database.dataSource, jobDate);
    await nudgeWebhookQueue();
    // Entering the register (the fixture's refresh, before anyone subscribed) was captured too, and delivered to no one.
    const events = (await database.dataSource.query(
      `SELECT e.event, e.occurred_on::text AS on, count(d.id)::int AS deliveries FROM leader_status_event e LEFT JOIN webhook_delivery d ON d.status_event_id = e.id
        WHERE e.register_number = $1 GROUP BY e.id ORDER BY e.occurred_on`,
      [registerNumber],
    )) as unknown[];
    expect(events).toEqual([
      { event: 'REGISTERED', on: todayInAmsterdam(new Date()), deliveries: 0 },
      { event: 'CONDITIONAL', on: jobDate, deliveries: 2 },
    ]);
    expect((await view(ownBoard, own.subscription.id))!.deliveries.totalCount).toBe(1);
  });

  it('(b) retries a receiver that answers 500 with growing delays, then disables the subscription and e-mails the board', async () => {
    const attempts = await until('three attempts at /fail', () => {
      const hits = receiver.received.filter((hit) => hit.path === '/fail');
      return hits.length >= 3 ? hits : undefined;
    });
    const disabled = await until('the subscription disabled', async () => {
      const current = await view(otherBoard, failing.subscription.id);
      return current && !current.active ? current : undefined;
    });
    expect(attempts).toHaveLength(3);
    // Backoff: 0.2 s, then 0.4 s at least (pg-boss polls every 0.5 s, so the real gaps are longer).
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(200);
    expect(attempts[2]!.at - attempts[1]!.at).toBeGreaterThanOrEqual(400);
    expect(new Set(attempts.map((hit) => hit.headers['schoolleidersregister-event-id'])).size).toBe(1);
    expect(disabled.disabledReason).toMatch(/^Uitgeschakeld na 3 mislukte pogingen achter elkaar\. Laatste fout: Het antwoord was HTTP 500\./);
    expect(disabled.deliveries.nodes).toEqual([expect.objectContaining({ status: 'GAVE_UP', attempts: 3, responseStatus: 500, nextAttemptAt: null })]);

    const account = await database.dataSource.getRepository(Account).findOneByOrFail({ id: otherBoard.accountId });
    const [mail] = await database.dataSource.getRepository(EmailOutboxMessage).findBy({ toAddress: account.email, subject: 'Uw webhook van het Schoolleidersregister PO is uitgeschakeld' });
    expect(mail?.textBody).toContain(`Uw webhook naar ${receiver.url}/fail is uitgeschakeld: 3 pogingen achter elkaar`);

    // Replay and test wait for the owner to turn it back on; enabling checks the version.
    const refused = await otherBoard.request(REPLAY, { id: disabled.deliveries.nodes[0]!.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'WEBHOOK_DISABLED' });
    const enable = `mutation ($id: ID!, $version: Int!) { enableWebhookSubscription(id: $id, version: $version) { active consecutiveFailures version } }`;
    const stale = await otherBoard.request(enable, { id: failing.subscription.id, version: failing.subscription.version });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_CONFLICT' });
    const enabled = await otherBoard.request<{ enableWebhookSubscription: { active: boolean; consecutiveFailures: number } }>(enable, { id: failing.subscription.id, version: disabled.version });
    expect(enabled.data?.enableWebhookSubscription).toMatchObject({ active: true, consecutiveFailures: 0 });
  });

  it('(c) replays a delivery: a new attempt with the same event id and body, newly signed', async () => {
    const before = (await view(ownBoard, own.subscription.id))!.deliveries.nodes[0]!;
    const original = receiver.received.find((hit) => hit.path === '/own')!;
    const count = receiver.received.filter((hit) => hit.path === '/own').length;
    const replayed = await ownBoard.request<{ replayWebhookDelivery: { id: string; eventId: string; replayOf: string } }>(REPLAY, { id: before.id });
    expect(replayed.data?.replayWebhookDelivery).toMatchObject({ eventId: before.eventId, replayOf: before.id });
    const again = await until('the replay at /own', () => receiver.received.filter((hit) => hit.path === '/own')[count]);
    expect(again.body).toBe(original.body);
    expect(again.headers['schoolleidersregister-event-id']).toBe(before.eventId);
    expect(verifySignature(again.headers['schoolleidersregister-signature'] as string, again.body, own.secret)).toBe(true);
    const audit = (await database.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'webhook_subscription' AND entity_id = $1 ORDER BY id`, [own.subscription.id])) as { action: string }[];
    expect(audit.map((row) => row.action)).toEqual(['WEBHOOK_SUBSCRIPTION_CREATED', 'WEBHOOK_DELIVERY_REPLAYED']);

    // A test delivery: a sample, marked so, for a number that does not exist.
    const tested = await ownBoard.request<{ sendTestWebhook: { test: boolean; registerNumber: string } }>(`mutation ($id: ID!) { sendTestWebhook(id: $id) { test registerNumber } }`, { id: own.subscription.id });
    expect(tested.data?.sendTestWebhook).toEqual({ test: true, registerNumber: 'TEST-0000' });
    const sample = await until('the test delivery', () => receiver.received.find((hit) => hit.path === '/own' && hit.body.includes('"test":true')));
    expect(verifySignature(sample.headers['schoolleidersregister-signature'] as string, sample.body, own.secret)).toBe(true);
  });

  it("(d) keeps each owner to its own subscriptions: another board neither sees nor changes nor replays them", async () => {
    expect(await view(otherBoard, own.subscription.id)).toBeNull();
    const list = await otherBoard.request<{ webhookSubscriptions: { id: string }[] }>(`{ webhookSubscriptions { id } }`);
    expect(list.data?.webhookSubscriptions.map((row) => row.id)).toEqual([failing.subscription.id]);
    const delivery = (await view(ownBoard, own.subscription.id))!.deliveries.nodes[0]!;
    for (const [query, variables] of [
      [REPLAY, { id: delivery.id }],
      [`mutation ($id: ID!) { sendTestWebhook(id: $id) { id } }`, { id: own.subscription.id }],
      [`mutation ($id: ID!) { deleteWebhookSubscription(id: $id) }`, { id: own.subscription.id }],
      [`mutation ($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`, { id: own.subscription.id }],
    ] as const) {
      const refused = await otherBoard.request(query, variables);
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    // The API key sees only its own, and a key without the scope is refused before anything runs.
    const mine = await apiKeyClient(server.url, keySecret).request<{ webhookSubscriptions: { id: string; followsBoard: boolean; registerNumbers: { totalCount: number } }[] }>(
      `{ webhookSubscriptions { id followsBoard registerNumbers(first: 1) { totalCount } } }`,
    );
    expect(mine.data?.webhookSubscriptions).toEqual([{ id: keyed.subscription.id, followsBoard: false, registerNumbers: { totalCount: 2 } }]);
    const staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    const readOnly = await staff.request<{ issueApiKey: { secret: string } }>(`mutation ($input: IssueApiKeyInput!) { issueApiKey(input: $input) { secret } }`, {
      input: { organisation: 'Lezer BV', contactName: 'Lex', contactEmail: 'lex@example.nl', purpose: 'Lezen', scopes: ['PUBLIC_READ'] },
    });
    const scoped = await apiKeyClient(server.url, readOnly.data!.issueApiKey.secret).request(`{ webhookSubscriptions { id } }`);
    expect(scoped.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'API_KEY_SCOPE' });
  });

  it('records an unreadable secret (WEBHOOK_SECRET_KEY changed) as a failed attempt, sending nothing', async () => {
    await database.dataSource.query(`UPDATE webhook_subscription SET secret_ciphertext = 'v1.AAAA.AAAA.AAAA' WHERE id = $1`, [keyed.subscription.id]);
    const hits = receiver.received.filter((hit) => hit.path === '/key').length;
    const key = apiKeyClient(server.url, keySecret);
    const sent = await key.request<{ sendTestWebhook: { id: string } }>(`mutation ($id: ID!) { sendTestWebhook(id: $id) { id } }`, { id: keyed.subscription.id });
    const log = `query ($id: ID!) { webhookSubscription(id: $id) { deliveries(first: 1) { nodes { id status lastError } } } }`;
    const failed = await until('the test delivery given up', async () => {
      const node = (await key.request<{ webhookSubscription: { deliveries: { nodes: Delivery[] } } }>(log, { id: keyed.subscription.id })).data?.webhookSubscription.deliveries.nodes[0];
      return node?.status === 'GAVE_UP' ? node : undefined;
    });
    expect(failed).toMatchObject({ id: sent.data!.sendTestWebhook.id, lastError: expect.stringMatching(/^Het geheim van dit abonnement kan niet worden gelezen/) });
    expect(receiver.received.filter((hit) => hit.path === '/key')).toHaveLength(hits);
  });

  it('keeps status events and delivery logs 90 days', async () => {
    const ds = database.dataSource;
    const count = async () => ((await ds.query(`SELECT count(*)::int AS n FROM webhook_delivery WHERE subscription_id = $1`, [own.subscription.id])) as { n: number }[])[0]!.n;
    const before = await count();
    await ds.query(`UPDATE leader_status_event SET created_at = now() - interval '91 days' WHERE register_number = $1 AND event = 'REGISTERED'`, [registerNumber]);
    await ds.query(`UPDATE webhook_delivery SET created_at = now() - interval '91 days' WHERE subscription_id = $1 AND test`, [own.subscription.id]);
    expect(await pruneWebhookHistory(ds)).toBe(2);
    const left = (await ds.query(`SELECT event FROM leader_status_event WHERE register_number = $1`, [registerNumber])) as { event: string }[];
    expect(left).toEqual([{ event: 'CONDITIONAL' }]);
    expect(await count()).toBe(before - 1);
  });

  it('(e) refuses bad URLs in Dutch and stores nothing; twenty identical creations make one subscription', async () => {
    const cases = [
      ['geen adres', 'WEBHOOK_URL_INVALID', /geen geldige URL/],
      ['ftp://hr.example.nl/hook', 'WEBHOOK_URL_INVALID', /geen geldige URL/],
      ['http://hr.example.nl/hook', 'WEBHOOK_URL_NOT_HTTPS', /moet beginnen met https:\/\//],
      ['https://naam:geheim@hr.example.nl/hook', 'WEBHOOK_URL_CREDENTIALS', /gebruikersnaam of wachtwoord/],
    ] as const;
    for (const [url, reason, message] of cases) {
      const refused = await ownBoard.request(CREATE, { input: { url, events: ['EXPIRED'] } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(refused.errors?.[0]?.message).toMatch(message);
    }
    const withNumbers = await ownBoard.request(CREATE, { input: { url: 'https://hr.example.nl/a', events: ['EXPIRED'], registerNumbers: ['1'] } });
    expect(withNumbers.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEBHOOK_REGISTER_NUMBERS' });
    const noEvents = await ownBoard.request(CREATE, { input: { url: 'https://hr.example.nl/a', events: [] } });
    expect(noEvents.errors?.[0]?.message).toBe('Kies ten minste één gebeurtenis waarover u bericht wilt krijgen.');
    expect((await ownBoard.request<{ webhookSubscriptions: unknown[] }>(`{ webhookSubscriptions { id } }`)).data?.webhookSubscriptions).toHaveLength(1);

    const input = { url: 'https://hr.example.nl/twintig', events: ['REGISTERED'] };
    const answers = await Promise.all(Array.from({ length: 20 }, () => ownBoard.request(CREATE, { input })));
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(answers.flatMap((answer) => answer.errors ?? []).map((error) => error.extensions?.code)).toEqual(Array(19).fill('CONFLICT'));
    const rows = (await database.dataSource.query(`SELECT count(*)::int AS n FROM webhook_subscription WHERE url = $1`, [input.url])) as { n: number }[];
    expect(rows[0]!.n).toBe(1);
  });
});
