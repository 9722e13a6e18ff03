import { checkNotOwnCase, type CaseParties } from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { valueOrThrow } from '../../http/errors';
import { SchoolLeader } from '../leaders/school-leader.entity';
import type { Account } from './account.entity';

/**
 * Separation of duties (DESIGN §6): refuses with FORBIDDEN (reason OWN_CASE) when the deciding
 * account is a party to the case — as the leader, the filer, or for its provider or board —
 * whatever roles it holds. The rule is the domain's `checkNotOwnCase`.
 */
export async function assertNotOwnCase(db: DataSource | EntityManager, actor: Account, parties: CaseParties): Promise<void> {
  const leaderId = parties.leaderId
    ? ((await db.getRepository(SchoolLeader).findOne({ where: { accountId: actor.id }, select: { id: true } }))?.id ?? null)
    : null;
  valueOrThrow(checkNotOwnCase({ accountId: actor.id, leaderId, providerId: actor.providerId, boardId: actor.boardId }, parties));
}
