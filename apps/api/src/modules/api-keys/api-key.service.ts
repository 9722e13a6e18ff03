import { createHash, randomBytes } from 'node:crypto';
import { isEmailAddress } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { isUuid } from '../../database/row-lock';
import { AppError } from '../../http/errors';
import { keysetPage, type KeysetOrder } from '../../shared/paging';
import type { Account } from '../accounts/account.entity';
import { recordAudit } from '../audit/record-audit';
import { ApiKeyScope } from './api-key-scope';
import { ApiKey } from './api-key.entity';
import type { IssueApiKeyInput } from './api-key.types';

/** Every secret starts with this, so it is recognisable in logs and by secret scanners. */
export const API_KEY_PREFIX = 'srpo_';
/** Characters of the secret kept in clear (prefix + 8) to recognise a key. */
const VISIBLE_LENGTH = API_KEY_PREFIX.length + 8;
const NEWEST_FIRST: KeysetOrder = { direction: 'DESC', keys: [{ column: 'created_at' }, { column: 'id' }] };

/** The caller a valid key stands for, as the request context carries it. */
export interface ApiKeyPrincipal {
  id: string;
  organisation: string;
  scopes: readonly ApiKeyScope[];
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

function text(value: string, field: keyof IssueApiKeyInput, label: string, max: number): string {
  const trimmed = value.trim();
  if (!trimmed) throw new AppError('BAD_USER_INPUT', `Vul ${label} in.`, { field });
  if (trimmed.length > max) throw new AppError('BAD_USER_INPUT', `${label[0]?.toUpperCase()}${label.slice(1)} is te lang (maximaal ${max} tekens).`, { field });
  return trimmed;
}

function checked(input: IssueApiKeyInput) {
  const contactEmail = text(input.contactEmail, 'contactEmail', 'het e-mailadres van de contactpersoon', 254).toLowerCase();
  if (!isEmailAddress(contactEmail)) throw new AppError('BAD_USER_INPUT', 'Geef een geldig e-mailadres voor de contactpersoon.', { field: 'contactEmail' });
  const scopes = [...new Set(input.scopes)].filter((scope) => Object.values(ApiKeyScope).includes(scope));
  if (scopes.length === 0) throw new AppError('BAD_USER_INPUT', 'Kies ten minste één bevoegdheid voor de sleutel.', { field: 'scopes' });
  return {
    organisation: text(input.organisation, 'organisation', 'de naam van de organisatie', 200),
    contactName: text(input.contactName, 'contactName', 'de naam van de contactpersoon', 200),
    contactEmail,
    purpose: text(input.purpose, 'purpose', 'het doel', 1_000),
    scopes,
  };
}

/** What the audit log keeps of a key: everything but its hash. */
function auditView(key: ApiKey) {
  return {
    organisation: key.organisation,
    contactName: key.contactName,
    contactEmail: key.contactEmail,
    purpose: key.purpose,
    scopes: key.scopes,
    prefix: key.prefix,
    revokedAt: key.revokedAt,
  };
}

/** API keys for third parties: issued and revoked by staff, checked on every request that carries one. */
export class ApiKeyService {
  constructor(private readonly dataSource: DataSource) {}

  /** Issues a key; the returned secret is shown once and only its hash is stored. */
  async issue(actor: Account, input: IssueApiKeyInput): Promise<{ apiKey: ApiKey; secret: string }> {
    const values = checked(input);
    const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ApiKey);
      const { identifiers } = await repository.insert({
        ...values,
        prefix: secret.slice(0, VISIBLE_LENGTH),
        secretHash: hashSecret(secret),
        issuedBy: actor.id,
      });
      const apiKey = await repository.findOneByOrFail({ id: String(identifiers[0]?.id) });
      await recordAudit(manager, { actorAccountId: actor.id, entity: 'api_key', entityId: apiKey.id, action: 'ISSUE', after: auditView(apiKey) });
      return { apiKey, secret };
    });
  }

  /** Revokes a key at once, for every API instance; revoking a revoked key changes nothing. */
  async revoke(actor: Account, id: string): Promise<ApiKey> {
    if (!isUuid(id)) throw new AppError('NOT_FOUND', 'Deze API-sleutel bestaat niet.');
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ApiKey);
      const apiKey = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!apiKey) throw new AppError('NOT_FOUND', 'Deze API-sleutel bestaat niet.');
      if (apiKey.revokedAt) return apiKey;
      const before = auditView(apiKey);
      await repository.update({ id }, { revokedAt: () => 'now()', revokedBy: actor.id });
      const revoked = await repository.findOneByOrFail({ id });
      await recordAudit(manager, { actorAccountId: actor.id, entity: 'api_key', entityId: id, action: 'REVOKE', before, after: auditView(revoked) });
      return revoked;
    });
  }

  /** Keys newest first as a Relay page; revoked keys only when asked for. */
  list(options: { first?: number | null; after?: string | null; includeRevoked?: boolean | null }) {
    const query = this.dataSource.getRepository(ApiKey).createQueryBuilder('key');
    if (!options.includeRevoked) query.where('key.revoked_at IS NULL');
    return keysetPage(query, NEWEST_FIRST, options);
  }

  /**
   * The key a secret belongs to, or null for an unknown or revoked one. One indexed read, so a
   * revocation takes effect on every instance at once.
   */
  async authenticate(secret: string): Promise<ApiKeyPrincipal | null> {
    if (!secret.startsWith(API_KEY_PREFIX) || secret.length > 200) return null;
    const rows: { id: string; organisation: string; scopes: ApiKeyScope[] }[] = await this.dataSource.query(
      'SELECT id, organisation, scopes FROM api_key WHERE secret_hash = $1 AND revoked_at IS NULL',
      [hashSecret(secret)],
    );
    const [row] = rows;
    return row ? { id: row.id, organisation: row.organisation, scopes: row.scopes } : null;
  }
}
