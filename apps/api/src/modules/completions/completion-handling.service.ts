import { completionRefusal, type CalendarDate, type CompletionRefusal } from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { lockForChange } from '../../database/row-lock';
import { AppError, ruleError } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { attachUploadedDocuments } from '../applications/attach-documents';
import { recordAudit } from '../audit/record-audit';
import { leaderOfAccount } from '../leaders/leader.service';
import { Certification, Offering, OfferingExecution } from '../offerings/offering.entity';
import { latestRegistrations } from '../registrations/latest-registration';
import { writeLetter } from '../letters/letter.service';
import { certificateVerificationLetter } from './certificate-letter';
import { Completion } from './completion.entity';
import { ownedExecution } from './completion.service';
import { assertNotOwnCase } from '../leaders/own-case';

const CERTIFICATE_REFUSALS: Record<CompletionRefusal, string> = {
  DATE_IN_FUTURE: 'De datum van afronding ligt in de toekomst.',
  OUTSIDE_CERTIFICATION_PERIOD: 'Op deze datum was het aanbod niet gecertificeerd; het certificaat telt niet.',
  LEADER_DEREGISTERED: 'U bent uitgeschreven uit het register.',
};

/** Withdrawal by the provider, certificates submitted by leaders and their verification by staff. */
export class CompletionHandlingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Account,
    private readonly today: CalendarDate,
  ) {}

  /** The provider withdraws a wrong completion of its own execution; it no longer counts. */
  async withdraw(id: string, version: number, note: string): Promise<Completion> {
    const reason = note.trim();
    if (!reason) throw new AppError('BAD_USER_INPUT', 'Geef aan waarom u de afronding intrekt.', { field: 'reason' });
    return this.dataSource.transaction(async (manager) => {
      const completion = await lockForChange(manager, Completion, id, null, 'Deze afronding');
      await ownedExecution(manager, this.actor, completion.executionId).catch(() => {
        throw new AppError('NOT_FOUND', 'Deze afronding bestaat niet (meer).');
      });
      if (completion.version !== version) await lockForChange(manager, Completion, id, version, 'Deze afronding');
      if (completion.status !== 'RECORDED' && completion.status !== 'VERIFIED') {
        throw new AppError('CONFLICT', 'Alleen een vastgelegde afronding kan worden ingetrokken.');
      }
      return this.handle(manager, completion, 'WITHDRAWN', reason, 'WITHDRAW');
    });
  }

  /**
   * A leader submits a certificate of a certified offering's execution that the provider did not record,
   * with its file (uploaded first through `POST /documents`), so staff have something to verify.
   */
  async submitCertificate(executionId: string, completedOn: CalendarDate, documentId: string): Promise<Completion> {
    return this.dataSource.transaction(async (manager) => {
      const leader = await leaderOfAccount(manager, this.actor);
      const execution = await manager.getRepository(OfferingExecution).findOneBy({ id: executionId });
      if (!execution) throw new AppError('NOT_FOUND', 'Deze uitvoering bestaat niet (meer).');
      const certifications = await manager.getRepository(Certification).findBy({ offeringId: execution.offeringId });
      const registration = (await latestRegistrations(manager, [leader.id])).get(leader.id);
      const refusal = completionRefusal({ completedOn, certifications, deregisteredOn: registration?.deregisteredOn }, this.today);
      if (refusal) throw ruleError(refusal, CERTIFICATE_REFUSALS[refusal], { field: 'completedOn' });
      const inserted = (await manager.query(
        `INSERT INTO completion (execution_id, leader_id, completed_on, source, status, recorded_by)
         VALUES ($1, $2, $3, 'LEADER_CERTIFICATE', 'PENDING_VERIFICATION', $4)
         ON CONFLICT (execution_id, leader_id) WHERE status IN ('RECORDED', 'PENDING_VERIFICATION', 'VERIFIED') DO NOTHING
         RETURNING id`,
        [executionId, leader.id, completedOn, this.actor.id],
      )) as { id: string }[];
      const id = inserted[0]?.id;
      if (!id) throw new AppError('CONFLICT', 'Voor deze uitvoering is uw afronding al vastgelegd of ingediend.');
      await attachUploadedDocuments(manager, this.actor.id, [documentId], { completionId: id });
      const saved = await manager.getRepository(Completion).findOneByOrFail({ id });
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'completion', entityId: id, action: 'SUBMIT_CERTIFICATE', after: { ...saved, documentId } });
      return saved;
    });
  }

  /** Staff verify (it counts from then) or reject a submitted certificate; the leader gets a letter. */
  async verify(id: string, version: number, approve: boolean, note: string | null): Promise<Completion> {
    return this.dataSource.transaction(async (manager) => {
      const completion = await lockForChange(manager, Completion, id, version, 'Dit certificaat');
      await assertNotOwnCase(manager, this.actor, { leaderId: completion.leaderId });
      if (completion.status !== 'PENDING_VERIFICATION') throw new AppError('CONFLICT', 'Dit certificaat is al beoordeeld.');
      const reason = note?.trim() || null;
      if (!approve && !reason) throw new AppError('BAD_USER_INPUT', 'Geef aan waarom het certificaat wordt afgewezen.', { field: 'reason' });
      const handled = await this.handle(manager, completion, approve ? 'VERIFIED' : 'REJECTED', reason, approve ? 'VERIFY' : 'REJECT');
      const execution = await manager.getRepository(OfferingExecution).findOneByOrFail({ id: completion.executionId });
      const offering = await manager.getRepository(Offering).findOneOrFail({ where: { id: execution.offeringId }, select: { id: true, title: true } });
      await writeLetter(manager, certificateVerificationLetter(handled, offering.title));
      return handled;
    });
  }

  private async handle(manager: EntityManager, completion: Completion, status: Completion['status'], note: string | null, action: string): Promise<Completion> {
    const before = { ...completion };
    Object.assign(completion, { status, handledBy: this.actor.id, handledOn: this.today, handlingNote: note });
    const saved = await manager.getRepository(Completion).save(completion);
    await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'completion', entityId: completion.id, action, before, after: saved });
    return saved;
  }
}
