import { randomBytes } from 'node:crypto';
import { checkRoleAssignment, checkStaffAccountChange, displayName, isEmailAddress } from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { assertId, lockForChange } from '../../database/row-lock';
import { AppError, valueOrThrow } from '../../http/errors';
import { forwardPageInfo } from '../../schema/connection';
import { pageSizeOf } from '../../shared/paging';
import { decodeKeyCursor, encodeKeyCursor, likePattern, Params, searchWords } from '../../shared/sql';
import { recordAudit } from '../audit/record-audit';
import { Board } from '../organisations/board.entity';
import { Provider } from '../providers/provider.entity';
import { AssessorOrganisation } from '../assessor-organisations/assessor-organisation.entity';
import { SchoolLeader } from '../leaders/school-leader.entity';
import { Account } from '../accounts/account.entity';
import { AccountMail } from '../self-service/account-mail';
import { issueAccountToken } from '../accounts/account-token';
import { AccountStatus, type AccountConnectionType, type AccountRolesInput, type AccountType, type CreateAccountInput, type UpdateAccountInput } from './account-admin.types';
import { hashPassword } from '../accounts/password';
import { Role } from '../accounts/role';
import { Session } from '../accounts/session.entity';
import { DEVELOPMENT_PORTAL_URL } from '../../config';

export interface AccountSearchInput {
  query?: string | null;
  role?: Role | null;
  status?: AccountStatus | null;
  first?: number | null;
  after?: string | null;
}

interface AccountRow {
  id: string;
  version: number;
  email: string;
  display_name: string;
  roles: Role[];
  deactivated_at: Date | null;
  created_at: Date;
  sort_key: string;
  board_id: string | null;
  board_name: string | null;
  provider_id: string | null;
  provider_name: string | null;
  assessor_organisation_id: string | null;
  assessor_organisation_name: string | null;
  leader_id: string | null;
  register_number: string | null;
  first_name: string | null;
  infix: string | null;
  last_name: string | null;
}

/** An account with the names of what it is linked to: one row per account (each link is at most one record). */
const ACCOUNT_ROWS = `
  SELECT a.id, a.version, a.email, a.display_name, a.roles, a.deactivated_at, a.created_at, a.sort_key,
         b.id AS board_id, b.name AS board_name, p.id AS provider_id, p.name AS provider_name,
         o.id AS assessor_organisation_id, o.name AS assessor_organisation_name,
         l.id AS leader_id, l.register_number, l.first_name, l.infix, l.last_name
    FROM account a
    LEFT JOIN board b ON b.id = a.board_id
    LEFT JOIN provider p ON p.id = a.provider_id
    LEFT JOIN assessor_organisation o ON o.id = a.assessor_organisation_id
    LEFT JOIN school_leader l ON l.account_id = a.id`;

function toAccount(row: AccountRow): AccountType {
  return {
    id: row.id,
    version: row.version,
    email: row.email,
    displayName: row.display_name,
    roles: row.roles,
    status: row.deactivated_at ? AccountStatus.DEACTIVATED : AccountStatus.ACTIVE,
    deactivatedAt: row.deactivated_at,
    createdAt: row.created_at,
    board: row.board_id ? { id: row.board_id, name: row.board_name ?? '' } : null,
    provider: row.provider_id ? { id: row.provider_id, name: row.provider_name ?? '' } : null,
    assessorOrganisation: row.assessor_organisation_id ? { id: row.assessor_organisation_id, name: row.assessor_organisation_name ?? '' } : null,
    leader:
      row.leader_id && row.register_number
        ? { id: row.leader_id, registerNumber: row.register_number, displayName: displayName({ firstName: row.first_name ?? '', infix: row.infix, lastName: row.last_name ?? '' }) }
        : null,
  };
}

/** What an account looks like in the audit log (never its password hash). */
function auditView(account: Pick<Account, 'email' | 'displayName' | 'roles' | 'boardId' | 'providerId' | 'assessorOrganisationId' | 'deactivatedAt'>, leaderId: string | null) {
  const { email, displayName: name, roles, boardId, providerId, assessorOrganisationId, deactivatedAt } = account;
  return { email, displayName: name, roles, boardId, providerId, assessorOrganisationId, leaderId, deactivatedAt };
}

/**
 * Staff manage accounts: search, create one for someone (who sets a password through an e-mailed
 * link), change roles and links, deactivate and reactivate. The domain decides which roles go
 * together and what staff may do to which account; every change is audited in its transaction.
 */
export class AccountAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Account,
    /** Where the invitation's link leads (PORTAL_URL). */
    private readonly portalUrl: string = DEVELOPMENT_PORTAL_URL,
  ) {}

  /** Keyset pages in name order: two statements a page (the page and the count), the filter on indexed columns. */
  async search(input: AccountSearchInput): Promise<AccountConnectionType> {
    const first = pageSizeOf(input.first);
    const after = input.after ? decodeKeyCursor(input.after) : null;
    if (after) assertId(after[1], 'after');
    const params = new Params();
    const conditions = ['true'];
    for (const word of searchWords(input.query)) conditions.push(`a.search_text LIKE srpo_search_normalize(${params.add(likePattern(word))})`);
    if (input.role) conditions.push(`a.roles @> ARRAY[${params.add(input.role)}]::text[]`);
    if (input.status === AccountStatus.ACTIVE) conditions.push('a.deactivated_at IS NULL');
    if (input.status === AccountStatus.DEACTIVATED) conditions.push('a.deactivated_at IS NOT NULL');
    const filter = conditions.join(' AND ');
    const page = new Params();
    page.values.push(...params.values);
    const pageFilter = after ? `${filter} AND (a.sort_key, a.id) > (${page.add(after[0])}, ${page.add(after[1])}::uuid)` : filter;
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query(`${ACCOUNT_ROWS} WHERE ${pageFilter} ORDER BY a.sort_key, a.id LIMIT ${first + 1}`, page.values) as Promise<AccountRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS count FROM account a WHERE ${filter}`, params.values) as Promise<[{ count: number }]>,
    ]);
    const edges = rows.slice(0, first).map((row) => ({ cursor: encodeKeyCursor([row.sort_key, row.id]), node: toAccount(row) }));
    return { edges, totalCount: count, pageInfo: forwardPageInfo(edges, rows.length > first, after !== null) };
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<AccountType | null> {
    assertId(id, 'id');
    const [row] = (await manager.query(`${ACCOUNT_ROWS} WHERE a.id = $1`, [id])) as AccountRow[];
    return row ? toAccount(row) : null;
  }

  /**
   * An account for someone else, with roles and links; the person sets a password through the
   * single-use invitation link e-mailed to them (valid three days; after that "wachtwoord vergeten"
   * sends a new one). Until then the stored hash is of a random secret nobody knows.
   */
  async create(input: CreateAccountInput): Promise<AccountType> {
    const email = input.email.trim().toLowerCase();
    if (!isEmailAddress(email)) throw new AppError('BAD_USER_INPUT', 'Geef een geldig e-mailadres.', { field: 'email' });
    const name = checkedName(input.displayName);
    const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
    return this.dataSource.transaction(async (manager) => {
      const links = await this.checkedLinks(manager, input, null);
      if (await manager.getRepository(Account).existsBy({ email })) {
        throw new AppError('CONFLICT', 'Er bestaat al een account met dit e-mailadres.', { field: 'email', reason: 'EMAIL_TAKEN' });
      }
      const { identifiers } = await manager
        .getRepository(Account)
        .insert({ email, displayName: name, passwordHash, roles: links.roles, boardId: links.boardId, providerId: links.providerId, assessorOrganisationId: links.assessorOrganisationId });
      const id = identifiers[0]?.id as string;
      const { token } = await issueAccountToken(manager, id, 'INVITE', new Date());
      await new AccountMail(manager, this.portalUrl).invitation(email, name, token);
      if (links.leaderId) await manager.getRepository(SchoolLeader).update({ id: links.leaderId }, { accountId: id });
      const created = await manager.getRepository(Account).findOneByOrFail({ id });
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'account', entityId: id, action: 'CREATE', after: auditView(created, links.leaderId) });
      return (await this.get(id, manager))!;
    });
  }

  /** Name, roles and links; the version the client saw must still be current. */
  async update(id: string, version: number, input: UpdateAccountInput): Promise<AccountType> {
    assertId(id, 'id');
    const name = checkedName(input.displayName);
    return this.dataSource.transaction(async (manager) => {
      const otherStaff = await this.lockActiveStaff(manager, id);
      const account = await lockForChange(manager, Account, id, version, 'Dit account');
      const links = await this.checkedLinks(manager, input, id);
      const leaderBefore = await this.leaderOf(manager, id);
      const rolesChange = !sameRoles(account.roles, links.roles);
      const endsActiveStaff = !account.deactivatedAt && account.roles.includes(Role.STAFF) && !links.roles.includes(Role.STAFF);
      valueOrThrow(checkStaffAccountChange({ actorAccountId: this.actor.id, accountId: id, kind: 'ROLES', rolesChange, endsActiveStaff, otherActiveStaff: otherStaff }));
      const before = auditView(account, leaderBefore);
      if (leaderBefore !== links.leaderId) {
        await manager.getRepository(SchoolLeader).update({ accountId: id }, { accountId: null });
        if (links.leaderId) await manager.getRepository(SchoolLeader).update({ id: links.leaderId }, { accountId: id });
      }
      Object.assign(account, { displayName: name, roles: links.roles, boardId: links.boardId, providerId: links.providerId, assessorOrganisationId: links.assessorOrganisationId });
      const saved = await manager.getRepository(Account).save(account);
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'account', entityId: id, action: 'UPDATE', before, after: auditView(saved, links.leaderId) });
      return (await this.get(id, manager))!;
    });
  }

  /**
   * Deactivates (every session ends at once; signing in is refused) or reactivates an account. Not
   * one's own, and never the last active staff account.
   */
  async setActive(id: string, version: number, active: boolean): Promise<AccountType> {
    assertId(id, 'id');
    return this.dataSource.transaction(async (manager) => {
      const otherStaff = await this.lockActiveStaff(manager, id);
      const account = await lockForChange(manager, Account, id, version, 'Dit account');
      if (active === !account.deactivatedAt) return (await this.get(id, manager))!;
      if (!active) {
        const endsActiveStaff = account.roles.includes(Role.STAFF);
        valueOrThrow(checkStaffAccountChange({ actorAccountId: this.actor.id, accountId: id, kind: 'DEACTIVATE', endsActiveStaff, otherActiveStaff: otherStaff }));
      }
      const leaderId = await this.leaderOf(manager, id);
      const before = auditView(account, leaderId);
      account.deactivatedAt = active ? null : new Date();
      const saved = await manager.getRepository(Account).save(account);
      if (!active) {
        await manager
          .createQueryBuilder()
          .update(Session)
          .set({ revokedAt: () => 'now()' })
          .where('account_id = :id AND revoked_at IS NULL', { id })
          .execute();
      }
      await recordAudit(manager, {
        actorAccountId: this.actor.id,
        entity: 'account',
        entityId: id,
        action: active ? 'REACTIVATE' : 'DEACTIVATE',
        before,
        after: auditView(saved, leaderId),
      });
      return (await this.get(id, manager))!;
    });
  }

  /**
   * When `accountId` is staff: locks every active staff account, in one order, before the account
   * itself is locked, and counts those other than `accountId`. Two staff members deactivating each
   * other at once are served one after the other (no deadlock), and the second sees that it would
   * remove the last one. (Should the account become staff meanwhile, its version check fails.)
   */
  private async lockActiveStaff(manager: EntityManager, accountId: string): Promise<number> {
    const [target] = (await manager.query(`SELECT roles @> ARRAY['STAFF']::text[] AS staff FROM account WHERE id = $1`, [accountId])) as { staff: boolean }[];
    if (!target?.staff) return 0;
    const staff = (await manager.query(`SELECT id FROM account WHERE roles @> ARRAY['STAFF']::text[] AND deactivated_at IS NULL ORDER BY id FOR UPDATE`)) as { id: string }[];
    return staff.filter((row) => row.id !== accountId).length;
  }

  /** Roles without repeats, checked with their links by the domain; the linked records must exist. */
  private async checkedLinks(manager: EntityManager, input: AccountRolesInput, accountId: string | null) {
    const roles = [...new Set(input.roles)];
    if (input.boardId) assertId(input.boardId, 'boardId');
    if (input.providerId) assertId(input.providerId, 'providerId');
    if (input.assessorOrganisationId) assertId(input.assessorOrganisationId, 'assessorOrganisationId');
    const registerNumber = input.leaderRegisterNumber?.trim() || null;
    const leader = registerNumber ? await manager.getRepository(SchoolLeader).findOneBy({ registerNumber }) : null;
    if (registerNumber && !leader) {
      throw new AppError('NOT_FOUND', `Er is geen schoolleider met registernummer ${registerNumber}.`, { field: 'leaderRegisterNumber' });
    }
    const links = {
      roles,
      boardId: input.boardId || null,
      providerId: input.providerId || null,
      assessorOrganisationId: input.assessorOrganisationId || null,
      leaderId: leader?.id ?? null,
    };
    valueOrThrow(checkRoleAssignment(links));
    if (links.boardId && !(await manager.getRepository(Board).existsBy({ id: links.boardId }))) {
      throw new AppError('NOT_FOUND', 'Dit bestuur bestaat niet (meer).', { field: 'boardId' });
    }
    if (links.providerId && !(await manager.getRepository(Provider).existsBy({ id: links.providerId }))) {
      throw new AppError('NOT_FOUND', 'Deze aanbieder bestaat niet (meer).', { field: 'providerId' });
    }
    if (links.assessorOrganisationId && !(await manager.getRepository(AssessorOrganisation).existsBy({ id: links.assessorOrganisationId }))) {
      throw new AppError('NOT_FOUND', 'Deze beoordelaarsorganisatie bestaat niet (meer).', { field: 'assessorOrganisationId' });
    }
    if (leader?.accountId && leader.accountId !== accountId) {
      throw new AppError('CONFLICT', 'Deze schoolleider is al aan een ander account gekoppeld.', { field: 'leaderRegisterNumber', reason: 'LEADER_ALREADY_LINKED' });
    }
    return links;
  }

  private async leaderOf(manager: EntityManager, accountId: string): Promise<string | null> {
    return (await manager.getRepository(SchoolLeader).findOne({ where: { accountId }, select: { id: true } }))?.id ?? null;
  }
}

function checkedName(value: string): string {
  const name = value.trim();
  if (!name) throw new AppError('BAD_USER_INPUT', 'Geef de naam van de persoon.', { field: 'displayName' });
  if (name.length > 200) throw new AppError('BAD_USER_INPUT', 'Een naam heeft hoogstens 200 tekens.', { field: 'displayName', reason: 'TEXT_TOO_LONG' });
  return name;
}

function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role));
}
