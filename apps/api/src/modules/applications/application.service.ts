import {
  canStartApplication,
  checkEvidenceComplete,
  transitionApplication,
  type ApplicationAction,
  type ApplicationKind,
  type CalendarDate,
  type LeaderFunction,
  type QualificationLevel,
  type QualificationRoute,
  type RegistrationTitle,
  type ReRegistrationRoute,
} from '@srpo/domain';
import { type DataSource, type EntityManager } from 'typeorm';
import { lockForChange } from '../../database/row-lock';
import { AppError, valueOrThrow, ruleError } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { recordAudit } from '../audit/record-audit';
import { leaderOfAccount } from '../leaders/leader.service';
import { currentRegistrationOf } from '../registrations/latest-registration';
import { evaluateApplication } from './application.eligibility';
import { checkReRegistrationInput, evaluateReRegistrationApplication } from './re-registration.eligibility';
import { EvidenceDocument } from './evidence-document.entity';
import { RegistrationApplication } from './registration-application.entity';
import { assertNotOwnCase } from '../leaders/own-case';

/** What a leader fills in; the same shape for create and update. */
export interface ApplicationInput {
  leaderFunction: LeaderFunction;
  requestedTitle: RegistrationTitle;
  qualificationRoute?: QualificationRoute | null;
  /** RE_REGISTRATION only (and required there): the route of §3.5. */
  reRegistrationRoute?: ReRegistrationRoute | null;
  claimedLevel?: QualificationLevel | null;
  evidenceDate?: CalendarDate | null;
  institution?: string | null;
  certificationValidFrom?: CalendarDate | null;
  certificationValidUntil?: CalendarDate | null;
  enrolledOn?: CalendarDate | null;
  expectedEndDate?: CalendarDate | null;
  nvaoAccredited?: boolean | null;
  alignedWithStandard?: boolean | null;
  leaderNote?: string | null;
}

/** A registration committee meeting, as far as scheduling needs it. */
export interface PlannedMeeting {
  readonly id: string;
  readonly meetingDate: CalendarDate;
}


/**
 * The application workflow up to the committee: leaders draft, submit, withdraw; staff return for
 * information, mark complete and schedule. Every step locks the row, checks the version the caller
 * saw, asks the domain whether the step is allowed, and is audited in the same transaction.
 */
export class ApplicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Account,
    private readonly today: CalendarDate,
  ) {}

  /**
   * Starts an application; with `submit`, submits it in the same transaction, so an application the
   * rules refuse is not left behind as a draft. A leader has one open application at a time.
   */
  async createDraft(kind: ApplicationKind, input: ApplicationInput, submit = false): Promise<RegistrationApplication> {
    checkReRegistrationInput(kind, input.reRegistrationRoute);
    return this.dataSource.transaction(async (manager) => {
      const leader = await leaderOfAccount(manager, this.actor);
      const existing = await manager.getRepository(RegistrationApplication).find({ select: { status: true }, where: { leaderId: leader.id } });
      valueOrThrow(canStartApplication(existing.map((application) => application.status)));
      const repository = manager.getRepository(RegistrationApplication);
      const application = repository.create({ ...normalise(input), leaderId: leader.id, kind, status: 'DRAFT' });
      if (submit) {
        application.status = valueOrThrow(transitionApplication('DRAFT', 'SUBMIT'));
        await this.checkSubmittable(application, manager);
        application.submittedAt = new Date();
      }
      const saved = await repository.save(application);
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'registration_application', entityId: saved.id, action: 'CREATE', after: saved });
      return saved;
    });
  }

  updateDraft(id: string, version: number, input: ApplicationInput): Promise<RegistrationApplication> {
    return this.step(id, version, 'EDIT', 'leader', (application) => {
      checkReRegistrationInput(application.kind, input.reRegistrationRoute);
      Object.assign(application, normalise(input));
    });
  }

  /**
   * Submitting asks the rules first: an application they do not allow is refused with the reasons
   * (re-registration: the domain's §3.5 evaluation of the period's evidence).
   */
  submit(id: string, version: number): Promise<RegistrationApplication> {
    return this.step(id, version, 'SUBMIT', 'leader', async (application, manager) => {
      await this.checkSubmittable(application, manager);
      application.submittedAt = new Date();
      application.staffMessage = null;
    });
  }

  private async checkSubmittable(application: RegistrationApplication, manager: EntityManager): Promise<void> {
    const current = await currentRegistrationOf(manager, application.leaderId);
    if (application.kind === 'RE_REGISTRATION') valueOrThrow(await evaluateReRegistrationApplication(manager, application, current, this.today));
    else valueOrThrow(evaluateApplication(application, current, this.today));
  }

  withdraw(id: string, version: number): Promise<RegistrationApplication> {
    return this.step(id, version, 'WITHDRAW', 'leader', (application) => {
      application.meetingId = null;
    });
  }

  returnForInformation(id: string, version: number, message: string): Promise<RegistrationApplication> {
    const text = message.trim();
    if (!text) throw ruleError('APPLICATION_RETURN_NEEDS_MESSAGE', 'Geef aan welke informatie nog nodig is.', { field: 'message' });
    return this.step(id, version, 'RETURN', 'staff', (application) => {
      application.staffMessage = text;
      application.meetingId = null;
    });
  }

  /** Complete only with the evidence the domain requires (DESIGN §3.2, §3.5); refused with the reason otherwise. */
  markComplete(id: string, version: number): Promise<RegistrationApplication> {
    return this.step(id, version, 'MARK_COMPLETE', 'staff', async (application, manager) => {
      const documentCount = await manager.getRepository(EvidenceDocument).countBy({ applicationId: application.id });
      valueOrThrow(checkEvidenceComplete({ ...application, documentCount }));
    });
  }

  /**
   * Places the application on a planned meeting (today or later); the leader then sees when to expect
   * a decision. The committee module owns meetings and passes `findMeeting` (read in this transaction).
   */
  schedule(
    id: string,
    version: number,
    meetingId: string,
    findMeeting: (manager: EntityManager, meetingId: string) => Promise<PlannedMeeting | null>,
  ): Promise<RegistrationApplication> {
    return this.step(id, version, 'SCHEDULE', 'staff', async (application, manager) => {
      const meeting = await findMeeting(manager, meetingId);
      if (!meeting) throw new AppError('NOT_FOUND', 'Deze vergadering bestaat niet.', { field: 'meetingId' });
      if (meeting.meetingDate < this.today) {
        throw new AppError('BAD_USER_INPUT', 'Deze vergadering is al geweest; kies een geplande vergadering.', { field: 'meetingId' });
      }
      application.meetingId = meeting.id;
    });
  }

  private async step(
    id: string,
    version: number,
    action: ApplicationAction,
    by: 'leader' | 'staff',
    change: (application: RegistrationApplication, manager: EntityManager) => void | Promise<void>,
  ): Promise<RegistrationApplication> {
    return this.dataSource.transaction(async (manager) => {
      const application = await lockForChange(manager, RegistrationApplication, id, version, 'Deze aanvraag');
      if (by === 'leader') {
        const leader = await leaderOfAccount(manager, this.actor);
        if (application.leaderId !== leader.id) throw new AppError('NOT_FOUND', 'Deze aanvraag bestaat niet (meer).');
      } else {
        await assertNotOwnCase(manager, this.actor, { leaderId: application.leaderId });
      }
      const before = { ...application };
      application.status = valueOrThrow(transitionApplication(application.status, action));
      await change(application, manager);
      const saved = await manager.getRepository(RegistrationApplication).save(application);
      await recordAudit(manager, {
        actorAccountId: this.actor.id,
        entity: 'registration_application',
        entityId: id,
        action,
        before,
        after: saved,
      });
      return saved;
    });
  }
}

function normalise(input: ApplicationInput): Partial<RegistrationApplication> {
  const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
  return {
    leaderFunction: input.leaderFunction,
    requestedTitle: input.requestedTitle,
    qualificationRoute: input.qualificationRoute ?? null,
    reRegistrationRoute: input.reRegistrationRoute ?? null,
    claimedLevel: input.claimedLevel ?? null,
    evidenceDate: input.evidenceDate ?? null,
    institution: text(input.institution),
    certificationValidFrom: input.certificationValidFrom ?? null,
    certificationValidUntil: input.certificationValidUntil ?? null,
    enrolledOn: input.enrolledOn ?? null,
    expectedEndDate: input.expectedEndDate ?? null,
    nvaoAccredited: input.nvaoAccredited ?? null,
    alignedWithStandard: input.alignedWithStandard ?? null,
    leaderNote: text(input.leaderNote),
  };
}
