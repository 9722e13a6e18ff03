import {
  dataRequestDeadline,
  displayName,
  validateCorrectionValues,
  validateDataRequestDecision,
  validateDataRequestExtension,
  validateDataRequestFiling,
  type CalendarDate,
  type DataRequestOutcome,
} from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { lockForChange } from '../../database/row-lock';
import { AppError, valueOrThrow } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { recordAudit } from '../audit/record-audit';
import { leaderOfAccount } from '../leaders/leader.service';
import { assertNotOwnCase } from '../leaders/own-case';
import { nameColumns, SchoolLeader } from '../leaders/school-leader.entity';
import { EmailOutboxMessage, EmailStatus } from '../letters/email-outbox.entity';
import { mailText } from '../letters/letter-text';
import { writeLetter } from '../letters/letter.service';
import { anonymiseLeader } from '../personal-data/anonymise-leader';
import { Registration } from '../registrations/registration.entity';
import { decisionLetter, extensionLetter } from './data-request-letters';
import { DataRequestRow } from './data-request.entity';
import type { FileDataRequestInput, LeaderDataCorrectionInput, LeaderDataField } from './data-request.types';

const WHAT = 'Dit verzoek';

/** The request as the audit log keeps it: references and codes, never the leader's words or values. */
function auditFacts(request: DataRequestRow) {
  return { leaderId: request.leaderId, kind: request.kind, subject: request.subject, status: request.status, deadline: request.deadline, changedFields: request.changedFields };
}

/** `text` trimmed, or null when nothing is left. */
function trimmed(text: string | null | undefined): string | null {
  return text?.trim() || null;
}

/**
 * A leader's AVG requests about their own data (correction, erasure): the leader files, staff extend
 * the period once or decide; every step is audited with references only and every decision is a
 * letter to the leader (a granted erasure: an e-mail). A granted erasure anonymises the leader through
 * the personal-data module.
 */
export class DataRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Account,
    private readonly today: CalendarDate,
  ) {}

  async file(input: FileDataRequestInput): Promise<DataRequestRow> {
    const filing = {
      kind: input.kind,
      subject: input.kind === 'CORRECTION' ? (input.subject ?? null) : null,
      description: trimmed(input.description),
      proposedValue: input.kind === 'CORRECTION' ? trimmed(input.proposedValue) : null,
    };
    valueOrThrow(validateDataRequestFiling(filing));
    return this.dataSource.transaction(async (manager) => {
      const leader = await leaderOfAccount(manager, this.actor);
      const repository = manager.getRepository(DataRequestRow);
      if (await repository.existsBy({ leaderId: leader.id, kind: filing.kind, subject: filing.subject ?? undefined, status: 'REQUESTED' })) {
        throw new AppError('CONFLICT', 'U hebt al een verzoek van deze soort over deze gegevens lopen.', { reason: 'ALREADY_EXISTS' });
      }
      const saved = await repository.save(
        repository.create({
          ...filing,
          description: filing.description!,
          leaderId: leader.id,
          receivedOn: this.today,
          deadline: dataRequestDeadline(this.today, false),
          status: 'REQUESTED',
          changedFields: [],
        }),
      );
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'data_request', entityId: saved.id, action: 'FILE', after: auditFacts(saved) });
      return saved;
    });
  }

  /** Extends the answer period by two months with grounds (once, within the first month); the leader gets a letter. */
  async extend(id: string, version: number, grounds: string): Promise<DataRequestRow> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.openRequest(manager, id, version);
      const { deadline } = valueOrThrow(validateDataRequestExtension({ receivedOn: request.receivedOn, extended: request.extendedOn !== null }, this.today, grounds));
      const before = auditFacts(request);
      Object.assign(request, { extendedOn: this.today, extensionGrounds: grounds.trim(), deadline });
      const saved = await manager.getRepository(DataRequestRow).save(request);
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'data_request', entityId: id, action: 'EXTEND', before, after: auditFacts(saved) });
      await writeLetter(manager, extensionLetter(saved));
      return saved;
    });
  }

  /**
   * Decides: a correction carried out (with the new values staff entered, or a description of what
   * was corrected elsewhere) or an erasure granted (only after deregistration), or either refused with
   * grounds. Corrections change the leader's row here: no other service changes these fields.
   */
  async decide(id: string, version: number, outcome: DataRequestOutcome, grounds: string | null, correction: LeaderDataCorrectionInput | null): Promise<DataRequestRow> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.openRequest(manager, id, version);
      if (correction && (request.kind !== 'CORRECTION' || outcome !== 'GRANTED')) {
        throw new AppError('BAD_USER_INPUT', 'Nieuwe gegevens horen alleen bij een correctie die wordt uitgevoerd.', { field: 'correction' });
      }
      const leader = await lockForChange(manager, SchoolLeader, request.leaderId, null, 'Deze schoolleider');
      const changes = correction ? this.changesOf(leader, correction) : {};
      const changedFields = Object.keys(changes) as LeaderDataField[];
      const registrations = request.kind === 'ERASURE' ? await manager.getRepository(Registration).findBy({ leaderId: leader.id }) : [];
      valueOrThrow(validateDataRequestDecision(request.kind, { outcome, grounds, changedFields }, registrations, this.today));

      if (changedFields.length) await this.correct(manager, leader, changes, id);
      const before = auditFacts(request);
      Object.assign(request, { status: outcome, decidedOn: this.today, decidedBy: this.actor.id, decisionGrounds: trimmed(grounds), changedFields });
      const saved = await manager.getRepository(DataRequestRow).save(request);
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'data_request', entityId: id, action: outcome, before, after: auditFacts(saved) });
      if (saved.kind === 'ERASURE' && outcome === 'GRANTED') return this.erase(manager, leader, saved);
      await writeLetter(manager, decisionLetter(saved, this.today));
      return saved;
    });
  }

  /**
   * A granted erasure: the leader is anonymised through the personal-data module (its catalogue says
   * what goes, letters and e-mails included), then the decision goes by e-mail only, to the address
   * known before: there is no one left to address a letter in the register to.
   */
  private async erase(manager: EntityManager, leader: SchoolLeader, request: DataRequestRow): Promise<DataRequestRow> {
    const addressee = { name: displayName(leader), email: leader.email };
    await anonymiseLeader(manager, leader.id, { accountId: this.actor.id }, { today: this.today, erasureRequestId: request.id });
    if (addressee.email) {
      const letter = decisionLetter(request, this.today);
      await manager.getRepository(EmailOutboxMessage).insert({
        toAddress: addressee.email,
        subject: letter.subject,
        textBody: mailText(addressee.name, letter.paragraphs),
        letterId: null,
        status: EmailStatus.PENDING,
      });
    }
    return manager.getRepository(DataRequestRow).findOneByOrFail({ id: request.id });
  }

  /** An open request, locked at the version the officer saw; the officer is no party to it. */
  private async openRequest(manager: EntityManager, id: string, version: number): Promise<DataRequestRow> {
    const request = await lockForChange(manager, DataRequestRow, id, version, WHAT);
    await assertNotOwnCase(manager, this.actor, { leaderId: request.leaderId });
    if (request.status !== 'REQUESTED') throw new AppError('CONFLICT', 'Over dit verzoek is al beslist.');
    return request;
  }

  /** The fields whose new value differs from the leader's current one, checked by the domain. */
  private changesOf(leader: SchoolLeader, input: LeaderDataCorrectionInput): Partial<Record<LeaderDataField, string | null>> {
    // Trimmed but not emptied to null: the domain refuses an emptied name instead of it being ignored.
    const text = (value: string | null | undefined) => (value === null || value === undefined ? null : value.trim());
    const values = { initials: text(input.initials), firstName: text(input.firstName), lastName: text(input.lastName), birthDate: input.birthDate ?? null, email: text(input.email) };
    valueOrThrow(validateCorrectionValues(values, this.today));
    const changes: Partial<Record<LeaderDataField, string | null>> = {};
    const compare = (field: LeaderDataField, next: string | null, current: string | null) => {
      if (next !== null && next !== current) changes[field] = next;
    };
    compare('INITIALS', values.initials, leader.initials);
    compare('FIRST_NAME', values.firstName, leader.firstName);
    compare('LAST_NAME', values.lastName, leader.lastName);
    compare('BIRTH_DATE', values.birthDate, leader.birthDate);
    compare('EMAIL', values.email, leader.email);
    // The tussenvoegsel may be removed: an empty string clears it.
    if (input.infix !== undefined && input.infix !== null && trimmed(input.infix) !== leader.infix) changes.INFIX = trimmed(input.infix);
    return changes;
  }

  /** Writes the corrected fields to the leader (the name with its sort name) and audits which fields changed. */
  private async correct(manager: EntityManager, leader: SchoolLeader, changes: Partial<Record<LeaderDataField, string | null>>, requestId: string): Promise<void> {
    const name = {
      firstName: 'FIRST_NAME' in changes ? changes.FIRST_NAME! : leader.firstName,
      infix: 'INFIX' in changes ? (changes.INFIX ?? null) : leader.infix,
      lastName: 'LAST_NAME' in changes ? changes.LAST_NAME! : leader.lastName,
    };
    Object.assign(leader, {
      ...nameColumns(name),
      initials: changes.INITIALS ?? leader.initials,
      birthDate: changes.BIRTH_DATE ?? leader.birthDate,
      email: changes.EMAIL ?? leader.email,
    });
    await manager.getRepository(SchoolLeader).save(leader);
    await recordAudit(manager, {
      actorAccountId: this.actor.id,
      entity: 'school_leader',
      entityId: leader.id,
      action: 'CORRECT',
      after: { dataRequestId: requestId, changedFields: Object.keys(changes) },
    });
  }
}
