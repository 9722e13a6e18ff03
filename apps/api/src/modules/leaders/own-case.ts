import { checkNotOwnCase, type CaseParties } from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { valueOrThrow } from '../../http/errors';
import { SchoolLeader } from './school-leader.entity';
import type { Account } from '../accounts/account.entity';

/**
 * Separation of duties (DESIGN §6): refuses with FORBIDDEN (reason OWN_CASE) when the deciding
 * account is a party to the case — as the leader, the filer, or for its provider or board —
 * whatever roles it holds. The rule is the domain's `checkNotOwnCase`.
 */
export async function assertNotOwnCase(db: DataSource | EntityManager, actor: Account, parties: CaseParties): Promise<void> {
  const leaderId = parties.leaderId ? await leaderIdOf(db, actor) : null;
  valueOrThrow(checkNotOwnCase({ accountId: actor.id, leaderId, providerId: actor.providerId, boardId: actor.boardId }, parties));
}

/** The leader an account is, looked up once per account object (one per request), not once per decision of a batch. */
const leaderIds = new WeakMap<Account, Promise<string | null>>();
function leaderIdOf(db: DataSource | EntityManager, actor: Account): Promise<string | null> {
  let leaderId = leaderIds.get(actor);
  if (!leaderId) {
    leaderId = db
      .getRepository(SchoolLeader)
      .findOne({ where: { accountId: actor.id }, select: { id: true } })
      .then((leader) => leader?.id ?? null);
    leaderIds.set(actor, leaderId);
  }
  return leaderId;
}
