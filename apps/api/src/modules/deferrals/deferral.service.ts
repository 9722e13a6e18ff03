import {
  validateDeferralDecision,
  validateDeferralRequest,
  type CalendarDate,
  type DeferralKind,
  type DeferralOutcome,
  type DeferralReason,
} from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { lockForChange } from '../../database/row-lock';
import { AppError, valueOrThrow } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { currentRegistrationOf } from '../registrations/latest-registration';
import { recordAudit } from '../audit/record-audit';
import { leaderOfAccount } from '../leaders/leader.service';
import { formatDutchDate, objectionLine } from '../letters/letter-text';
import { writeLetter } from '../letters/letter.service';
import { RegistrationDeferral } from '../registrations/registration-history.entity';
import { loadRegistrationHistory } from '../registrations/registration.loaders';
import { toRegistrationFacts } from '../registrations/registration.facts';
import { RegistrationStatusService } from '../registrations/registration-status.service';
import type { Registration } from '../registrations/registration.entity';
import { DeferralRequestRow } from './deferral-request.entity';
import { assertNotOwnCase } from '../leaders/own-case';

export interface DeferralRequestInput {
  kind: DeferralKind;
  reason: DeferralReason;
  requestedDueDate: CalendarDate;
  motivation?: string | null;
}

async function factsOf(manager: EntityManager, registration: Registration | null) {
  if (!registration) return null;
  const [history] = await loadRegistrationHistory(manager, [registration]);
  return history ? toRegistrationFacts(history) : null;
}

/** Deferral requests (§3.7): the domain checks reasons and caps; a grant moves the due date. */
export class DeferralService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Account,
    private readonly today: CalendarDate,
  ) {}

  async request(input: DeferralRequestInput): Promise<DeferralRequestRow> {
    return this.dataSource.transaction(async (manager) => {
      const leader = await leaderOfAccount(manager, this.actor);
      const registration = input.kind === 'RE_REGISTRATION' ? await currentRegistrationOf(manager, leader.id) : null;
      const motivation = input.motivation?.trim() || null;
      valueOrThrow(
        validateDeferralRequest(
          { kind: input.kind, reason: input.reason, requestedOn: this.today, requestedDueDate: input.requestedDueDate, motivation },
          await factsOf(manager, registration),
        ),
      );
      if (await manager.getRepository(DeferralRequestRow).existsBy({ leaderId: leader.id, kind: input.kind, status: 'REQUESTED' })) {
        throw new AppError('CONFLICT', 'Er loopt al een verzoek om uitstel van deze soort.', { reason: 'ALREADY_EXISTS' });
      }
      const saved = await manager.getRepository(DeferralRequestRow).save(
        manager.getRepository(DeferralRequestRow).create({
          leaderId: leader.id,
          registrationId: registration?.id ?? null,
          kind: input.kind,
          reason: input.reason,
          requestedOn: this.today,
          requestedDueDate: input.requestedDueDate,
          motivation,
          status: 'REQUESTED',
        }),
      );
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'deferral_request', entityId: saved.id, action: 'REQUEST', after: saved });
      return saved;
    });
  }

  /** Grants (fully or partly, with the new date) or rejects with grounds; a grant moves the due date. */
  async decide(id: string, version: number, outcome: DeferralOutcome, newDueDate: CalendarDate | null, grounds: string | null): Promise<DeferralRequestRow> {
    return this.dataSource.transaction(async (manager) => {
      const request = await lockForChange(manager, DeferralRequestRow, id, version, 'Dit verzoek om uitstel');
      await assertNotOwnCase(manager, this.actor, { leaderId: request.leaderId });
      if (request.status !== 'REQUESTED') throw new AppError('CONFLICT', 'Over dit verzoek is al beslist.');
      const registration = request.registrationId ? await currentRegistrationOf(manager, request.leaderId) : null;
      const effect = valueOrThrow(
        validateDeferralDecision(
          { outcome, decidedOn: this.today, newDueDate, grounds: grounds ? [grounds] : [] },
          { kind: request.kind, reason: request.reason, requestedOn: request.requestedOn, requestedDueDate: request.requestedDueDate, motivation: request.motivation },
          await factsOf(manager, registration),
        ),
      );
      const before = { ...request };
      Object.assign(request, {
        status: outcome,
        decidedOn: this.today,
        decidedBy: this.actor.id,
        grantedDueDate: effect.newDueDate,
        decisionReasons: grounds?.trim() || null,
      });
      const saved = await manager.getRepository(DeferralRequestRow).save(request);
      if (effect.grantedDeferral && registration) {
        await manager.getRepository(RegistrationDeferral).insert({ registrationId: registration.id, ...effect.grantedDeferral });
        await new RegistrationStatusService(manager).refresh([registration], this.today);
      }
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'deferral_request', entityId: id, action: outcome, before, after: saved });
      await writeLetter(manager, {
        leaderId: request.leaderId,
        kind: 'DEFERRAL_DECISION',
        subject: outcome === 'REJECTED' ? 'Uw verzoek om uitstel is afgewezen' : 'Uw verzoek om uitstel is toegekend',
        paragraphs: [
          `Wij hebben uw verzoek om uitstel van ${formatDutchDate(request.requestedOn)} behandeld.`,
          effect.newDueDate
            ? `${outcome === 'PARTLY_GRANTED' ? 'Het uitstel is gedeeltelijk toegekend' : 'Het uitstel is toegekend'}: uw nieuwe uiterste datum is ${formatDutchDate(effect.newDueDate)}.`
            : `Het verzoek is afgewezen. Motivering: ${grounds ?? ''}`,
          objectionLine(this.today),
        ],
        relatedEntity: 'deferral_request',
        relatedId: id,
      });
      return saved;
    });
  }
}
