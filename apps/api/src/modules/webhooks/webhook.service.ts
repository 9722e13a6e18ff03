import { randomUUID } from 'node:crypto';
import { RegisterEvent, todayInAmsterdam } from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { assertId, lockForChange } from '../../database/row-lock';
import { AppError, ruleError } from '../../http/errors';
import { decodeKeyCursor, encodeKeyCursor } from '../../shared/sql';
import { pageSizeOf, type PageArgs } from '../../shared/paging';
import { forwardPageInfo } from '../../schema/connection';
import { recordAudit } from '../audit/record-audit';
import { nudgeWebhookQueue } from './webhook-queue';
import { encryptWebhookSecret, newWebhookSecret } from './webhook-secret';
import type { WebhookSettings } from './webhook-settings';
import { checkWebhookUrl } from './webhook-url';
import { WebhookDelivery, WebhookSubscription } from './webhook.entity';
import type {
  CreatedWebhookSubscriptionType,
  WebhookDeliveryType,
  WebhookRegisterNumberConnectionType,
  WebhookSubscriptionInput,
  WebhookSubscriptionType,
} from './webhook.types';
import { deliveryBody } from './webhook-payload';

/** Who owns a subscription: a board (acting through one of its accounts) or an API key. */
export type WebhookOwner = { kind: 'board'; boardId: string; accountId: string } | { kind: 'apiKey'; apiKeyId: string };

/** Subscriptions per owner: the list is small enough to show unpaged. */
export const MAX_SUBSCRIPTIONS = 10;
/** Register numbers one API-key subscription may follow. */
export const MAX_REGISTER_NUMBERS = 10_000;
const DESCRIPTION_MAX_LENGTH = 500;
const REGISTER_NUMBER = /^[0-9A-Za-z-]{1,20}$/;
/** The register number of test deliveries: never a real one (real numbers have no letters T, E, S). */
export const TEST_REGISTER_NUMBER = 'TEST-0000';

function ownerColumn(owner: WebhookOwner): { column: 'board_id' | 'api_key_id'; id: string } {
  return owner.kind === 'board' ? { column: 'board_id', id: owner.boardId } : { column: 'api_key_id', id: owner.apiKeyId };
}

function actorOf(owner: WebhookOwner): { actorAccountId: string | null; apiKeyId?: string } {
  return owner.kind === 'board' ? { actorAccountId: owner.accountId } : { actorAccountId: null, apiKeyId: owner.apiKeyId };
}

export function toSubscriptionType(row: WebhookSubscription): WebhookSubscriptionType {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    description: row.description,
    active: row.active,
    disabledAt: row.disabledAt,
    disabledReason: row.disabledReason,
    consecutiveFailures: row.consecutiveFailures,
    followsBoard: row.boardId !== null,
    createdAt: row.createdAt,
    version: row.version,
  };
}

export function toDeliveryType(row: WebhookDelivery): WebhookDeliveryType {
  return {
    id: row.id,
    eventId: row.eventId,
    event: row.event,
    registerNumber: row.registerNumber,
    occurredOn: row.occurredOn,
    test: row.test,
    replayOf: row.replayOf,
    status: row.status as WebhookDeliveryType['status'],
    attempts: row.attempts,
    lastAttemptAt: row.lastAttemptAt,
    responseStatus: row.responseStatus,
    lastError: row.lastError,
    nextAttemptAt: row.nextAttemptAt,
    createdAt: row.createdAt,
  };
}

interface CheckedInput {
  url: string;
  events: RegisterEvent[];
  description: string | null;
  registerNumbers: string[] | null;
}

function checkInput(owner: WebhookOwner, input: WebhookSubscriptionInput, production: boolean): CheckedInput {
  const url = checkWebhookUrl(input.url, production);
  const events = Object.values(RegisterEvent).filter((event) => input.events.includes(event));
  if (events.length === 0) throw new AppError('BAD_USER_INPUT', 'Kies ten minste één gebeurtenis waarover u bericht wilt krijgen.', { field: 'events' });
  const description = input.description?.trim() || null;
  if (description && description.length > DESCRIPTION_MAX_LENGTH) {
    throw new AppError('BAD_USER_INPUT', `De omschrijving is te lang (maximaal ${DESCRIPTION_MAX_LENGTH} tekens).`, { field: 'description', reason: 'TEXT_TOO_LONG' });
  }
  if (owner.kind === 'board') {
    if (input.registerNumbers != null) {
      throw ruleError('WEBHOOK_REGISTER_NUMBERS', 'Een bestuur krijgt berichten over de eigen schoolleiders; laat de lijst met registernummers weg.', { field: 'registerNumbers' });
    }
    return { url, events, description, registerNumbers: null };
  }
  const registerNumbers = [...new Set((input.registerNumbers ?? []).map((number) => number.trim()))];
  if (registerNumbers.length === 0 || registerNumbers.length > MAX_REGISTER_NUMBERS) {
    throw ruleError('WEBHOOK_REGISTER_NUMBERS', `Geef 1 tot ${MAX_REGISTER_NUMBERS.toLocaleString('nl-NL')} registernummers op van de schoolleiders die u wilt volgen.`, { field: 'registerNumbers' });
  }
  const wrong = registerNumbers.find((number) => !REGISTER_NUMBER.test(number));
  if (wrong !== undefined) {
    throw ruleError('WEBHOOK_REGISTER_NUMBERS', `‘${wrong.slice(0, 40)}’ is geen registernummer (alleen cijfers, letters en streepjes, hoogstens 20 tekens).`, { field: 'registerNumbers' });
  }
  return { url, events, description, registerNumbers };
}

/**
 * A board's or an API key's webhook subscriptions: every read and change is limited to the owner's own
 * (another owner's id answers NOT_FOUND, as if it did not exist). Changes are audited, take the row
 * lock and check `version`; the database keeps one subscription per owner and URL.
 */
export class WebhookService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: WebhookSettings,
  ) {}

  async list(owner: WebhookOwner): Promise<WebhookSubscriptionType[]> {
    const { column, id } = ownerColumn(owner);
    const rows = await this.dataSource
      .getRepository(WebhookSubscription)
      .createQueryBuilder('s')
      .where(`s.${column} = :id`, { id })
      .orderBy('s.created_at')
      .addOrderBy('s.id')
      .getMany();
    return rows.map(toSubscriptionType);
  }

  async get(owner: WebhookOwner, id: string): Promise<WebhookSubscriptionType | null> {
    assertId(id, 'id');
    const row = await this.dataSource.getRepository(WebhookSubscription).findOneBy({ id });
    return row && this.owns(owner, row) ? toSubscriptionType(row) : null;
  }

  async create(owner: WebhookOwner, input: WebhookSubscriptionInput): Promise<CreatedWebhookSubscriptionType> {
    const checked = checkInput(owner, input, this.settings.production);
    const { column, id: ownerId } = ownerColumn(owner);
    return this.dataSource.transaction(async (manager) => {
      // One owner's creations in a row, so the count below holds when it commits.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`webhook-owner:${ownerId}`]);
      const [owned] = (await manager.query(`SELECT count(*)::int AS count FROM webhook_subscription WHERE ${column} = $1`, [ownerId])) as { count: number }[];
      if (owned!.count >= MAX_SUBSCRIPTIONS) {
        throw ruleError('WEBHOOK_LIMIT', `U hebt al ${MAX_SUBSCRIPTIONS} webhookabonnementen, het hoogste aantal. Verwijder er eerst een.`);
      }
      const id = randomUUID();
      const secret = newWebhookSecret();
      await manager.getRepository(WebhookSubscription).insert({
        id,
        boardId: owner.kind === 'board' ? owner.boardId : null,
        apiKeyId: owner.kind === 'apiKey' ? owner.apiKeyId : null,
        url: checked.url,
        events: checked.events,
        description: checked.description,
        secretCiphertext: encryptWebhookSecret(secret, this.settings.secretKey, id),
        createdBy: owner.kind === 'board' ? owner.accountId : null,
      });
      await this.replaceRegisterNumbers(manager, id, checked.registerNumbers);
      await recordAudit(manager, {
        ...actorOf(owner),
        entity: 'webhook_subscription',
        entityId: id,
        action: 'WEBHOOK_SUBSCRIPTION_CREATED',
        after: { url: checked.url, events: checked.events, registerNumberCount: checked.registerNumbers?.length ?? null, ...actorOf(owner) },
      });
      const row = await manager.getRepository(WebhookSubscription).findOneByOrFail({ id });
      return { subscription: toSubscriptionType(row), secret };
    });
  }

  async update(owner: WebhookOwner, id: string, version: number, input: WebhookSubscriptionInput): Promise<WebhookSubscriptionType> {
    const checked = checkInput(owner, input, this.settings.production);
    return this.change(owner, id, version, 'WEBHOOK_SUBSCRIPTION_UPDATED', async (manager, row) => {
      await manager.query(`UPDATE webhook_subscription SET url = $2, events = $3, description = $4, version = version + 1, updated_at = now() WHERE id = $1`, [
        id,
        checked.url,
        checked.events,
        checked.description,
      ]);
      await this.replaceRegisterNumbers(manager, id, checked.registerNumbers);
      return {
        before: { url: row.url, events: row.events },
        after: { url: checked.url, events: checked.events, registerNumberCount: checked.registerNumbers?.length ?? null },
      };
    });
  }

  /** A new signing secret (the old one stops working at once). */
  async rotateSecret(owner: WebhookOwner, id: string): Promise<CreatedWebhookSubscriptionType> {
    const secret = newWebhookSecret();
    const subscription = await this.change(owner, id, null, 'WEBHOOK_SECRET_ROTATED', async (manager) => {
      await manager.query(`UPDATE webhook_subscription SET secret_ciphertext = $2, version = version + 1, updated_at = now() WHERE id = $1`, [
        id,
        encryptWebhookSecret(secret, this.settings.secretKey, id),
      ]);
      return {};
    });
    return { subscription, secret };
  }

  /** Turns a disabled subscription back on: the failure count starts again; deliveries from now on. */
  async enable(owner: WebhookOwner, id: string, version: number): Promise<WebhookSubscriptionType> {
    return this.change(owner, id, version, 'WEBHOOK_SUBSCRIPTION_ENABLED', async (manager, row) => {
      await manager.query(
        `UPDATE webhook_subscription SET active = true, disabled_at = NULL, disabled_reason = NULL, consecutive_failures = 0,
                version = version + 1, updated_at = now() WHERE id = $1`,
        [id],
      );
      return { before: { active: row.active, disabledReason: row.disabledReason }, after: { active: true } };
    });
  }

  async delete(owner: WebhookOwner, id: string): Promise<string> {
    assertId(id, 'id');
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockOwn(manager, owner, id, null);
      await manager.query(`DELETE FROM webhook_subscription WHERE id = $1`, [id]);
      await recordAudit(manager, {
        ...actorOf(owner),
        entity: 'webhook_subscription',
        entityId: id,
        action: 'WEBHOOK_SUBSCRIPTION_DELETED',
        before: { url: row.url, events: row.events },
        after: actorOf(owner),
      });
    });
    return id;
  }

  /** Sends the delivery's event again: a new delivery in the log with the same event id and body (receivers deduplicate on it). */
  async replay(owner: WebhookOwner, deliveryId: string): Promise<WebhookDeliveryType> {
    assertId(deliveryId, 'id');
    const delivery = await this.dataSource.transaction(async (manager) => {
      const [original] = (await manager.query(`SELECT subscription_id FROM webhook_delivery WHERE id = $1`, [deliveryId])) as { subscription_id: string }[];
      if (!original) throw new AppError('NOT_FOUND', 'Deze webhooklevering bestaat niet (meer).');
      const subscription = await this.lockOwn(manager, owner, original.subscription_id, null, 'Deze webhooklevering');
      this.assertActive(subscription);
      const [created] = (await manager.query(
        `INSERT INTO webhook_delivery (subscription_id, event_id, status_event_id, event, register_number, occurred_on, test, replay_of, body)
         SELECT subscription_id, event_id, status_event_id, event, register_number, occurred_on, test, id, body FROM webhook_delivery WHERE id = $1
         RETURNING id`,
        [deliveryId],
      )) as { id: string }[];
      await recordAudit(manager, {
        ...actorOf(owner),
        entity: 'webhook_subscription',
        entityId: subscription.id,
        action: 'WEBHOOK_DELIVERY_REPLAYED',
        after: { deliveryId: created!.id, replayOf: deliveryId, ...actorOf(owner) },
      });
      return manager.getRepository(WebhookDelivery).findOneByOrFail({ id: created!.id });
    });
    await nudgeWebhookQueue(delivery.id);
    return toDeliveryType(delivery);
  }

  /** A sample event (the subscription's first kind) for a register number that does not exist, marked `test`. */
  async sendTest(owner: WebhookOwner, id: string): Promise<WebhookDeliveryType> {
    assertId(id, 'id');
    const delivery = await this.dataSource.transaction(async (manager) => {
      const subscription = await this.lockOwn(manager, owner, id, null);
      this.assertActive(subscription);
      const eventId = randomUUID();
      const event = subscription.events[0]!;
      const occurredOn = todayInAmsterdam(new Date());
      const body = deliveryBody({ id: eventId, event, occurredOn, test: true, entry: { registerNumber: TEST_REGISTER_NUMBER, status: 'ACTIVE', previousStatus: null, title: 'RDO', level: 'VAKBEKWAAM', aspirant: false, registeredOn: occurredOn, reRegistrationDue: null } });
      const inserted = await manager.getRepository(WebhookDelivery).insert({
        subscriptionId: id,
        eventId,
        event,
        registerNumber: TEST_REGISTER_NUMBER,
        occurredOn,
        test: true,
        body,
      });
      return manager.getRepository(WebhookDelivery).findOneByOrFail({ id: inserted.identifiers[0]!.id as string });
    });
    await nudgeWebhookQueue(delivery.id);
    return toDeliveryType(delivery);
  }

  async registerNumbers(subscriptionId: string, page: PageArgs): Promise<WebhookRegisterNumberConnectionType> {
    const size = pageSizeOf(page.first);
    const after = page.after ? decodeKeyCursor(page.after)[1] : '';
    const [rows, [counted]] = (await Promise.all([
      this.dataSource.query(
        `SELECT register_number FROM webhook_subscription_leader WHERE subscription_id = $1 AND register_number > $2 ORDER BY register_number LIMIT $3`,
        [subscriptionId, after, size + 1],
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM webhook_subscription_leader WHERE subscription_id = $1`, [subscriptionId]),
    ])) as [{ register_number: string }[], { total: number }[]];
    const edges = rows.slice(0, size).map((row) => ({ cursor: encodeKeyCursor(['n', row.register_number]), node: { registerNumber: row.register_number } }));
    return { edges, totalCount: counted!.total, pageInfo: forwardPageInfo(edges, rows.length > size, page.after != null) };
  }

  private owns(owner: WebhookOwner, row: Pick<WebhookSubscription, 'boardId' | 'apiKeyId'>): boolean {
    return owner.kind === 'board' ? row.boardId === owner.boardId : row.apiKeyId === owner.apiKeyId;
  }

  private assertActive(subscription: WebhookSubscription): void {
    if (!subscription.active) throw ruleError('WEBHOOK_DISABLED', 'Dit webhookabonnement staat uit. Zet het eerst weer aan.');
  }

  /** The owner's subscription, locked, at `version` (null: any); another owner's is NOT_FOUND, like a missing one. */
  private async lockOwn(manager: EntityManager, owner: WebhookOwner, id: string, version: number | null, what = 'Dit webhookabonnement'): Promise<WebhookSubscription> {
    const row = await lockForChange(manager, WebhookSubscription, id, null, what);
    if (!this.owns(owner, row)) throw new AppError('NOT_FOUND', `${what} bestaat niet (meer).`);
    if (version !== null && row.version !== version) {
      throw new AppError('CONFLICT', 'Dit webhookabonnement is intussen gewijzigd. Laad de gegevens opnieuw en probeer het nog eens.', {
        reason: 'VERSION_CONFLICT',
        currentVersion: row.version,
      });
    }
    return row;
  }

  private async change(
    owner: WebhookOwner,
    id: string,
    version: number | null,
    action: string,
    apply: (manager: EntityManager, row: WebhookSubscription) => Promise<{ before?: unknown; after?: unknown }>,
  ): Promise<WebhookSubscriptionType> {
    assertId(id, 'id');
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockOwn(manager, owner, id, version);
      const audit = await apply(manager, row);
      await recordAudit(manager, {
        ...actorOf(owner),
        entity: 'webhook_subscription',
        entityId: id,
        action,
        before: audit.before,
        after: { ...(audit.after as object | undefined), ...actorOf(owner) },
      });
      return toSubscriptionType(await manager.getRepository(WebhookSubscription).findOneByOrFail({ id }));
    });
  }

  private async replaceRegisterNumbers(manager: EntityManager, subscriptionId: string, registerNumbers: string[] | null): Promise<void> {
    if (registerNumbers === null) return;
    await manager.query(`DELETE FROM webhook_subscription_leader WHERE subscription_id = $1`, [subscriptionId]);
    await manager.query(`INSERT INTO webhook_subscription_leader (subscription_id, register_number) SELECT $1, unnest($2::text[])`, [subscriptionId, registerNumbers]);
  }
}
