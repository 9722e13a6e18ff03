import { hasObjectionGrounds, validateObjectionFiling, type CalendarDate } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { lockForChange } from '../../database/row-lock';
import { AppError, valueOrThrow } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { recordAudit } from '../audit/record-audit';
import { assertOwns } from '../offerings/offering-owner';
import { Certification, Offering } from '../offerings/offering.entity';
import { CertificationObjection } from './certification-objection.entity';
import { assertNotOwnCase } from '../leaders/own-case';

/**
 * Objections against certification decisions: the offering's owner files within six weeks of the
 * decision (the domain's objection rule); the accreditation committee upholds (the offering goes back
 * to be assessed again) or dismisses, with reasons. Everything audited.
 */
export class CertificationObjectionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Account,
    private readonly today: CalendarDate,
  ) {}

  async file(certificationId: string, grounds: string): Promise<CertificationObjection> {
    const text = grounds.trim();
    if (!hasObjectionGrounds(text)) throw new AppError('BAD_USER_INPUT', 'Beschrijf de gronden van uw bezwaar.', { field: 'grounds' });
    return this.dataSource.transaction(async (manager) => {
      const certification = await manager.getRepository(Certification).findOneBy({ id: certificationId });
      const offering = certification && (await manager.getRepository(Offering).findOneBy({ id: certification.offeringId }));
      if (!certification || !offering) throw new AppError('NOT_FOUND', 'Dit besluit bestaat niet.');
      assertOwns(this.actor, offering);
      valueOrThrow(validateObjectionFiling(certification.decidedOn, this.today));
      if (await manager.getRepository(CertificationObjection).existsBy({ certificationId, status: 'FILED' })) {
        throw new AppError('CONFLICT', 'Tegen dit besluit loopt al een bezwaar.');
      }
      const objection = await manager.getRepository(CertificationObjection).save(
        manager.getRepository(CertificationObjection).create({ certificationId, filedBy: this.actor.id, filedOn: this.today, grounds: text, status: 'FILED' }),
      );
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'certification_objection', entityId: objection.id, action: 'FILE', after: objection });
      return objection;
    });
  }

  async decide(id: string, version: number, upheld: boolean, reasons: string): Promise<CertificationObjection> {
    const text = reasons.trim();
    if (!text) throw new AppError('BAD_USER_INPUT', 'Motiveer de beslissing op het bezwaar.', { field: 'reasons' });
    return this.dataSource.transaction(async (manager) => {
      const objection = await lockForChange(manager, CertificationObjection, id, version, 'Dit bezwaar');
      const certified = await manager.getRepository(Certification).findOneByOrFail({ id: objection.certificationId });
      const owner = await manager.getRepository(Offering).findOneByOrFail({ id: certified.offeringId });
      await assertNotOwnCase(manager, this.actor, { accountIds: [objection.filedBy], providerId: owner.providerId, boardId: owner.boardId });
      if (objection.status !== 'FILED') throw new AppError('CONFLICT', 'Over dit bezwaar is al beslist.');
      const before = { ...objection };
      Object.assign(objection, { status: upheld ? 'UPHELD' : 'DISMISSED', decidedOn: this.today, decidedBy: this.actor.id, outcomeReasons: text });
      const saved = await manager.getRepository(CertificationObjection).save(objection);
      if (upheld) {
        // An upheld objection sends the offering back to the queue for a new certification decision.
        const certification = await manager.getRepository(Certification).findOneByOrFail({ id: objection.certificationId });
        await manager.getRepository(Offering).update({ id: certification.offeringId }, { status: 'SUBMITTED', submittedOn: this.today });
      }
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'certification_objection', entityId: id, action: saved.status, before, after: saved });
      return saved;
    });
  }
}
