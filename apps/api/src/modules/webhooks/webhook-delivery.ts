import http from 'node:http';
import https from 'node:https';
import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/record-audit';
import { CLOSING, salutation } from '../letters/letter-text';
import { decryptWebhookSecret, signatureHeader } from './webhook-secret';
import { retryDelaySeconds, type WebhookSettings } from './webhook-settings';
import { guardedLookup } from './webhook-url';

/** Headers of every delivery (documented in the README, "Webhooks"). */
export const SIGNATURE_HEADER = 'Schoolleidersregister-Signature';
export const EVENT_ID_HEADER = 'Schoolleidersregister-Event-Id';
export const EVENT_TYPE_HEADER = 'Schoolleidersregister-Event';
export const DELIVERY_ID_HEADER = 'Schoolleidersregister-Delivery';
/** Stored errors are short: a receiver's answer is never kept. */
const ERROR_MAX_LENGTH = 200;
/** A claimed delivery is someone else's until the attempt could have ended (timeout plus margin). */
const LEASE_MARGIN_MS = 30_000;

export interface AttemptResult {
  /** SKIPPED: not due, already done, claimed by another worker, or its subscription is off. */
  status: 'DELIVERED' | 'FAILED' | 'GAVE_UP' | 'SKIPPED';
  /** FAILED: when to try again. */
  nextAttemptAt?: Date;
  /** The subscription was disabled by this failure (its owner is e-mailed). */
  disabled?: boolean;
}

interface ClaimedDelivery {
  id: string;
  attempts: number;
  body: string;
  event_id: string;
  event: string;
  test: boolean;
  subscription_id: string;
  url: string;
  secret_ciphertext: string;
}

interface Answer {
  status: number | null;
  error: string | null;
}

function networkError(error: NodeJS.ErrnoException, timeoutMs: number): string {
  switch (error.code) {
    case 'ETIMEDOUT':
      return `Geen antwoord binnen ${Math.round(timeoutMs / 1000)} seconden.`;
    case 'ECONNREFUSED':
      return 'De verbinding werd geweigerd.';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'Het adres werd niet gevonden (DNS).';
    case 'EBLOCKED':
      return 'Het adres wijst naar een lokaal of intern netwerkadres.';
    case 'ECONNRESET':
      return 'De verbinding werd verbroken.';
    default:
      return `Versturen mislukt (${error.code ?? error.message}).`.slice(0, ERROR_MAX_LENGTH);
  }
}

/** POSTs `body` and answers with the HTTP status (the body is read and dropped) or a short Dutch error; never throws. */
function post(url: string, body: string, headers: Record<string, string>, settings: WebhookSettings): Promise<Answer> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = client.request(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'Schoolleidersregister-Webhooks/1', ...headers },
      ...(settings.production ? { lookup: guardedLookup } : {}),
    });
    const timer = setTimeout(() => request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })), settings.timeoutMs);
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => {
        clearTimeout(timer);
        const status = response.statusCode ?? null;
        resolve({ status, error: status !== null && status >= 200 && status < 300 ? null : `Het antwoord was HTTP ${status ?? '?'}.` });
      });
      response.on('error', () => undefined);
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ status: null, error: networkError(error, settings.timeoutMs) });
    });
    request.end(body);
  });
}

/**
 * One attempt at a delivery: claims it (a lease, so no other worker sends it meanwhile), signs the stored
 * body with a fresh timestamp, POSTs it without following redirects, and records the outcome. A failure
 * schedules the next attempt with exponential backoff, or gives up after `maxAttempts`; each failed
 * attempt counts toward disabling the subscription (`disableAfterFailures` in a row), a success resets
 * the count. Test deliveries get one attempt and count for nothing. Waiting deliveries of a disabled
 * subscription stay waiting and go out once its owner enables it again.
 */
export async function attemptWebhookDelivery(dataSource: DataSource, settings: WebhookSettings, deliveryId: string): Promise<AttemptResult> {
  // TypeORM answers an UPDATE with [rows, count].
  const [[claimed]] = (await dataSource.query(
    `UPDATE webhook_delivery d
        SET attempts = d.attempts + 1, last_attempt_at = now(), lease_until = now() + make_interval(secs => $2::double precision / 1000)
       FROM webhook_subscription s
      WHERE d.id = $1 AND s.id = d.subscription_id AND s.active AND d.next_attempt_at <= now()
        AND (d.lease_until IS NULL OR d.lease_until < now())
      RETURNING d.id, d.attempts, d.body, d.event_id, d.event, d.test, s.id AS subscription_id, s.url, s.secret_ciphertext`,
    [deliveryId, settings.timeoutMs + LEASE_MARGIN_MS],
  )) as [ClaimedDelivery[], number];
  if (!claimed) return { status: 'SKIPPED' };
  const secret = readSecret(claimed, settings);
  const answer: Answer =
    secret === null
      ? { status: null, error: 'Het geheim van dit abonnement kan niet worden gelezen (is WEBHOOK_SECRET_KEY gewijzigd?); vraag een nieuw geheim aan.' }
      : await post(
          claimed.url,
          claimed.body,
          {
            [SIGNATURE_HEADER]: signatureHeader(secret, claimed.body, Math.floor(Date.now() / 1000)),
            [EVENT_ID_HEADER]: claimed.event_id,
            [EVENT_TYPE_HEADER]: claimed.event,
            [DELIVERY_ID_HEADER]: claimed.id,
          },
          settings,
        );
  return dataSource.transaction((manager) => recordOutcome(manager, settings, claimed, answer));
}

/** The signing secret, or null when it cannot be decrypted (the key was changed): a failed attempt, not a crashed job. */
function readSecret(claimed: ClaimedDelivery, settings: WebhookSettings): string | null {
  try {
    return decryptWebhookSecret(claimed.secret_ciphertext, settings.secretKey, claimed.subscription_id);
  } catch {
    return null;
  }
}

async function recordOutcome(manager: EntityManager, settings: WebhookSettings, claimed: ClaimedDelivery, answer: Answer): Promise<AttemptResult> {
  if (answer.error === null) {
    await manager.query(
      `UPDATE webhook_delivery SET status = 'DELIVERED', next_attempt_at = NULL, lease_until = NULL, response_status = $2, last_error = NULL WHERE id = $1`,
      [claimed.id, answer.status],
    );
    if (!claimed.test) await manager.query(`UPDATE webhook_subscription SET consecutive_failures = 0 WHERE id = $1 AND consecutive_failures > 0`, [claimed.subscription_id]);
    return { status: 'DELIVERED' };
  }
  const giveUp = claimed.test || claimed.attempts >= settings.maxAttempts;
  const nextAttemptAt = giveUp ? null : new Date(Date.now() + retryDelaySeconds(settings, claimed.attempts) * 1000);
  await manager.query(
    `UPDATE webhook_delivery SET status = $2, next_attempt_at = $3, lease_until = NULL, response_status = $4, last_error = $5 WHERE id = $1`,
    [claimed.id, giveUp ? 'GAVE_UP' : 'FAILED', nextAttemptAt, answer.status, answer.error],
  );
  if (claimed.test) return { status: 'GAVE_UP' };
  const [[subscription]] = (await manager.query(
    `UPDATE webhook_subscription SET consecutive_failures = consecutive_failures + 1 WHERE id = $1
     RETURNING consecutive_failures, active`,
    [claimed.subscription_id],
  )) as [{ consecutive_failures: number; active: boolean }[], number];
  const disabled = subscription !== undefined && subscription.active && subscription.consecutive_failures >= settings.disableAfterFailures;
  if (disabled) await disableSubscription(manager, claimed, subscription.consecutive_failures, answer.error);
  return { status: giveUp ? 'GAVE_UP' : 'FAILED', ...(nextAttemptAt ? { nextAttemptAt } : {}), disabled };
}

/** Turns the subscription off (audited, actor: the system) and e-mails its owner through the outbox. */
async function disableSubscription(manager: EntityManager, claimed: ClaimedDelivery, failures: number, lastError: string): Promise<void> {
  const reason = `Uitgeschakeld na ${failures} mislukte pogingen achter elkaar. Laatste fout: ${lastError}`;
  await manager.query(
    `UPDATE webhook_subscription SET active = false, disabled_at = now(), disabled_reason = $2, version = version + 1, updated_at = now() WHERE id = $1`,
    [claimed.subscription_id, reason],
  );
  await recordAudit(manager, {
    actorAccountId: null,
    entity: 'webhook_subscription',
    entityId: claimed.subscription_id,
    action: 'WEBHOOK_SUBSCRIPTION_DISABLED',
    before: { active: true },
    after: { active: false, failures },
  });
  const recipients = (await manager.query(
    `SELECT a.email, a.display_name AS name, s.board_id IS NOT NULL AS board
       FROM webhook_subscription s JOIN account a ON a.board_id = s.board_id AND 'BOARD' = ANY (a.roles) AND a.deactivated_at IS NULL
      WHERE s.id = $1
     UNION ALL
     SELECT k.contact_email, k.contact_name, false FROM webhook_subscription s JOIN api_key k ON k.id = s.api_key_id WHERE s.id = $1`,
    [claimed.subscription_id],
  )) as { email: string; name: string; board: boolean }[];
  if (recipients.length === 0) return;
  await manager.query(
    `INSERT INTO email_outbox (to_address, subject, text_body) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`,
    [
      recipients.map((recipient) => recipient.email),
      recipients.map(() => 'Uw webhook van het Schoolleidersregister PO is uitgeschakeld'),
      recipients.map((recipient) => disabledEmailText(recipient.name, claimed.url, failures, lastError, recipient.board)),
    ],
  );
}

/** The owner's e-mail (Dutch): what happened, what waits, how to turn it back on. */
export function disabledEmailText(name: string, url: string, failures: number, lastError: string, board: boolean): string {
  return [
    salutation(name),
    `Uw webhook naar ${url} is uitgeschakeld: ${failures} pogingen achter elkaar om een bericht af te leveren zijn mislukt. De laatste fout was: ${lastError}`,
    'Berichten over statuswijzigingen die nog niet zijn afgeleverd, blijven bewaard. Zodra u de webhook weer aanzet, worden ze alsnog verstuurd; nieuwe wijzigingen worden pas weer gemeld als de webhook aanstaat.',
    board
      ? 'Controleer of uw systeem het adres bereikt en met een 2xx-status antwoordt, en zet de webhook daarna weer aan op de webhookpagina van uw bestuur in het portaal. Daar ziet u ook het logboek van de leveringen.'
      : 'Controleer of uw systeem het adres bereikt en met een 2xx-status antwoordt, en zet de webhook daarna weer aan met de mutatie enableWebhookSubscription van de API.',
    CLOSING.join('\n'),
  ].join('\n\n');
}
