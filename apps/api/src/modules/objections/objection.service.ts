import { hasObjectionGrounds, OBJECTING_PARTY, validateObjectionFiling, type CalendarDate, type ObjectionDecisionKind } from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { lockForChange } from '../../database/row-lock';
import { AppError, valueOrThrow } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { assertNotOwnCase } from '../leaders/own-case';
import { Role } from '../accounts/role';
import { recordAudit } from '../audit/record-audit';
import { SchoolLeader } from '../leaders/school-leader.entity';
import { writeLetter } from '../letters/letter.service';
import { objectedDecisions, reopenDecision, type ObjectedDecision } from './objected-decisions';
import { objectionDecisionLetter } from './objection-letters';
import { Objection } from './objection.entity';

/**
 * Objections (bezwaar) against every kind of decision (DESIGN §3.8): the party the decision concerns
 * files within the domain's six weeks; the committee upholds (the decision is reopened and taken
 * again) or dismisses, with reasons, never on its own case. Every step is audited and the party gets
 * a letter of the outcome.
 */
export class ObjectionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Account,
    private readonly today: CalendarDate,
  ) {}

  async file(kind: ObjectionDecisionKind, decisionId: string, grounds: string): Promise<Objection> {
    const text = grounds.trim();
    if (!hasObjectionGrounds(text)) throw new AppError('BAD_USER_INPUT', 'Beschrijf de gronden van uw bezwaar.', { field: 'grounds' });
    return this.dataSource.transaction(async (manager) => {
      const decision = (await objectedDecisions(manager, kind, [decisionId])).get(decisionId);
      // Someone else's decision is as unknown as a missing one: nothing about it is revealed.
      if (!decision || !(await this.isParty(manager, kind, decision))) throw new AppError('NOT_FOUND', 'Dit besluit bestaat niet.');
      if (!decision.standing || !decision.decidedOn) {
        throw new AppError('CONFLICT', 'Over deze zaak wordt opnieuw beslist; tegen het nieuwe besluit kunt u daarna bezwaar maken.');
      }
      valueOrThrow(validateObjectionFiling(decision.decidedOn, this.today));
      if (await manager.getRepository(Objection).existsBy({ decisionKind: kind, decisionId, status: 'FILED' })) {
        throw new AppError('CONFLICT', 'Tegen dit besluit loopt al een bezwaar.', { reason: 'ALREADY_EXISTS' });
      }
      const objection = await manager.getRepository(Objection).save(
        manager.getRepository(Objection).create({
          decisionKind: kind,
          decisionId,
          ...decision.party,
          filedBy: this.actor.id,
          filedOn: this.today,
          grounds: text,
          status: 'FILED',
        }),
      );
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'objection', entityId: objection.id, action: 'FILE', after: objection });
      return objection;
    });
  }

  /** Upheld (gegrond: the decision is reopened) or dismissed (ongegrond), with reasons; the party gets a letter. */
  async decide(id: string, version: number, upheld: boolean, reasons: string): Promise<Objection> {
    const text = reasons.trim();
    if (!text) throw new AppError('BAD_USER_INPUT', 'Motiveer de beslissing op het bezwaar.', { field: 'reasons' });
    return this.dataSource.transaction(async (manager) => {
      const objection = await lockForChange(manager, Objection, id, version, 'Dit bezwaar');
      await assertNotOwnCase(manager, this.actor, {
        accountIds: [objection.filedBy],
        leaderId: objection.leaderId,
        providerId: objection.providerId,
        boardId: objection.boardId,
      });
      if (objection.status !== 'FILED') throw new AppError('CONFLICT', 'Over dit bezwaar is al beslist.');
      const decision = (await objectedDecisions(manager, objection.decisionKind, [objection.decisionId])).get(objection.decisionId)!;
      const objectedOn = decision.decidedOn!;
      const before = { ...objection };
      Object.assign(objection, { status: upheld ? 'UPHELD' : 'DISMISSED', decidedOn: this.today, decidedBy: this.actor.id, outcomeReasons: text });
      const saved = await manager.getRepository(Objection).save(objection);
      if (upheld) await reopenDecision(manager, objection.decisionKind, objection.decisionId, this.today, this.actor.id);
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'objection', entityId: id, action: saved.status, before, after: saved });
      await writeLetter(manager, objectionDecisionLetter(saved, decision, this.today, objectedOn));
      return saved;
    });
  }

  /** Whether the signed-in account is the party the decision concerns (the domain says which party may object). */
  private async isParty(manager: EntityManager, kind: ObjectionDecisionKind, decision: ObjectedDecision): Promise<boolean> {
    if (OBJECTING_PARTY[kind] === 'LEADER') {
      if (!this.actor.roles.includes(Role.LEADER) || !decision.party.leaderId) return false;
      return manager.getRepository(SchoolLeader).existsBy({ id: decision.party.leaderId, accountId: this.actor.id });
    }
    const { providerId, boardId } = decision.party;
    return (
      (this.actor.roles.includes(Role.PROVIDER) && providerId !== null && providerId === this.actor.providerId) ||
      (this.actor.roles.includes(Role.BOARD) && boardId !== null && boardId === this.actor.boardId)
    );
  }
}
