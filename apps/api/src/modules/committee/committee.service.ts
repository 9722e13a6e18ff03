import { formatDateInWords, isApplicationClosed, transitionApplication, type CalendarDate, type QualificationLevel, type Result } from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { lockForChange } from '../../database/row-lock';
import { AppError, valueOrThrow, ruleError } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { currentRegistrationOf } from '../registrations/latest-registration';
import { evaluateApplication } from '../applications/application.eligibility';
import { ApplicationService } from '../applications/application.service';
import { RegistrationApplication } from '../applications/registration-application.entity';
import { evaluateReRegistrationApplication, exceptionalReRegistration } from '../applications/re-registration.eligibility';
import { recordAudit } from '../audit/record-audit';
import { writeLetter } from '../letters/letter.service';
import { reRegisterFromDecision } from '../registrations/re-registration.service';
import { registerFromDecision } from '../registrations/registration.service';
import { CommitteeMeeting } from './committee-meeting.entity';
import { decisionLetter } from './decision-letters';
import { Decision } from './decision.entity';
import { assertNotOwnCase } from '../leaders/own-case';

export interface DecisionInput {
  applicationId: string;
  version: number;
  outcome: 'APPROVED' | 'REJECTED';
  reasons?: string | null;
  /** For the diploma-evaluation route: the level the committee sets. */
  grantedLevel?: QualificationLevel | null;
  /** Approving what the rules do not allow needs an explicit, audited justification. */
  exceptionJustification?: string | null;
}

/** Committee meetings and decisions (one by one or the whole agenda at once). */
export class CommitteeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Account,
    private readonly today: CalendarDate,
  ) {}

  async planMeeting(meetingDate: CalendarDate, location: string | null): Promise<CommitteeMeeting> {
    if (meetingDate < this.today) throw new AppError('BAD_USER_INPUT', 'Een vergadering plant u vandaag of later.', { field: 'meetingDate' });
    return this.dataSource.transaction(async (manager) => {
      if (await manager.getRepository(CommitteeMeeting).existsBy({ committee: 'REGISTRATION', meetingDate })) {
        throw new AppError('CONFLICT', 'Op deze datum is al een vergadering van deze commissie gepland.', { field: 'meetingDate', reason: 'ALREADY_EXISTS' });
      }
      const meeting = await manager
        .getRepository(CommitteeMeeting)
        .save(manager.getRepository(CommitteeMeeting).create({ committee: 'REGISTRATION', meetingDate, location: location?.trim() || null }));
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'committee_meeting', entityId: meeting.id, action: 'PLAN', after: meeting });
      return meeting;
    });
  }

  /** Decides one application. */
  decide(input: DecisionInput): Promise<Decision> {
    return this.dataSource.transaction((manager) => this.decideIn(manager, input));
  }

  /** Places a complete application on a planned registration committee meeting (see `ApplicationService.schedule`). */
  scheduleApplication(id: string, version: number, meetingId: string): Promise<RegistrationApplication> {
    return new ApplicationService(this.dataSource, this.actor, this.today).schedule(id, version, meetingId, (manager, meeting) =>
      manager.getRepository(CommitteeMeeting).findOneBy({ id: meeting, committee: 'REGISTRATION' }),
    );
  }

  /** Decides a whole agenda in one transaction: all decisions are recorded, or none. */
  decideAgenda(meetingId: string, inputs: DecisionInput[]): Promise<Decision[]> {
    return this.dataSource.transaction(async (manager) => {
      const decisions: Decision[] = [];
      for (const input of inputs) {
        const decision = await this.decideIn(manager, input);
        if (decision.meetingId !== meetingId) {
          throw new AppError('BAD_USER_INPUT', 'Een van de aanvragen staat niet op de agenda van deze vergadering.', {
            applicationId: input.applicationId,
          });
        }
        decisions.push(decision);
      }
      return decisions;
    });
  }

  private async decideIn(manager: EntityManager, input: DecisionInput): Promise<Decision> {
    const application = await lockForChange(manager, RegistrationApplication, input.applicationId, input.version, 'Deze aanvraag');
    await assertNotOwnCase(manager, this.actor, { leaderId: application.leaderId });
    if (isApplicationClosed(application.status)) {
      throw new AppError('CONFLICT', 'Over deze aanvraag is al besloten.', { status: application.status });
    }
    const before = { ...application };
    application.status = valueOrThrow(transitionApplication(application.status, input.outcome === 'APPROVED' ? 'APPROVE' : 'REJECT'));
    const meeting = await manager.getRepository(CommitteeMeeting).findOneByOrFail({ id: application.meetingId! });
    if (meeting.meetingDate > this.today) {
      throw new AppError('BAD_USER_INPUT', `De vergadering van ${formatDateInWords(meeting.meetingDate)} is nog niet geweest.`);
    }
    const decidedOn = meeting.meetingDate;
    const reasons = input.reasons?.trim() || null;
    const justification = input.exceptionJustification?.trim() || null;
    if (input.outcome === 'REJECTED' && !reasons) {
      throw ruleError('APPLICATION_REJECTION_NEEDS_REASONS', 'Een afwijzing moet gemotiveerd worden.', { field: 'reasons' });
    }

    const current = await currentRegistrationOf(manager, application.leaderId);
    let isException = false;
    let nextDueDate: CalendarDate | null = null;
    if (input.outcome === 'APPROVED' && application.kind === 'RE_REGISTRATION') {
      // Re-registration (§3.5): the domain evaluates the period's evidence on the decision date.
      const allowed = await evaluateReRegistrationApplication(manager, application, current, decidedOn);
      isException = exceptionNeedsJustification(allowed, justification);
      const grant = allowed.ok ? allowed.value : exceptionalReRegistration(application, current!);
      nextDueDate = (await reRegisterFromDecision(manager, current!, grant, decidedOn, this.today)).dueDate;
    } else if (input.outcome === 'APPROVED') {
      const allowed = evaluateApplication(application, current, decidedOn, input.grantedLevel);
      isException = exceptionNeedsJustification(allowed, justification);
      const grant = allowed.ok
        ? allowed.value
        : {
            title: application.requestedTitle,
            level: input.grantedLevel ?? application.claimedLevel,
            aspirant: application.kind === 'ASPIRANT',
            aspirantUntil: application.kind === 'ASPIRANT' ? application.expectedEndDate : null,
            requiredLevel: application.claimedLevel ?? 'BASISBEKWAAM',
          };
      await registerFromDecision(manager, application.leaderId, current, grant, decidedOn, this.today);
    }

    await manager.getRepository(RegistrationApplication).save(application);
    const decision = await manager.getRepository(Decision).save(
      manager.getRepository(Decision).create({
        applicationId: application.id,
        meetingId: meeting.id,
        outcome: input.outcome,
        reasons,
        grantedLevel: input.grantedLevel ?? null,
        isException,
        exceptionJustification: isException ? justification : null,
        decidedBy: this.actor.id,
        decidedOn,
      }),
    );
    await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'registration_application', entityId: application.id, action: input.outcome, before, after: application });
    await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'decision', entityId: decision.id, action: 'CREATE', after: decision });
    await writeLetter(manager, decisionLetter(application, decision, nextDueDate));
    return decision;
  }
}

/** Whether approving is an exception to the rules; refused when it is and no justification is given. */
function exceptionNeedsJustification(allowed: Result<unknown>, justification: string | null): boolean {
  if (allowed.ok) return false;
  if (!justification) {
    throw ruleError(
      'APPLICATION_EXCEPTION_NEEDS_JUSTIFICATION',
      'De regels staan deze registratie niet toe; goedkeuren kan alleen als uitzondering met een motivering.',
      { reasons: allowed.reasons.map(({ code, message }) => ({ code, message })) },
    );
  }
  return true;
}
