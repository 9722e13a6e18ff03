import {
  EvidenceItem,
  requiredEvidence,
  type CalendarDate,
  type QualificationLevel as QualificationLevelValue,
  type RegistrationTitle as RegistrationTitleValue,
  type Result,
} from '@srpo/domain';
import DataLoader from 'dataloader';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { AppError } from '../../http/errors';
import { DateScalar } from '../../schema/date.scalar';
import { QualificationLevel, RegistrationTitle } from '../../schema/domain-enums';
import { latestRegistrations } from '../registrations/latest-registration';
import type { Registration } from '../registrations/registration.entity';
import { loadRegistrationHistory } from '../registrations/registration.loaders';
import { loadReRegistrationEvidence, loadThemeCatalogue } from '../theme-progress/theme-evidence';
import { RuleReasonType } from '../theme-progress/theme-progress.types';
import { evaluateApplication } from './application.eligibility';
import { reRegistrationBasis } from './re-registration.eligibility';
import type { RegistrationApplication } from './registration-application.entity';

registerEnumType(EvidenceItem, {
  name: 'EvidenceItem',
  description: 'A required document: QUALIFICATION_PROOF (diploma, assessment, EVC), ENROLMENT_PROOF (aspirant) or DIPLOMA (master or vakbekwaam programme).',
});

@ObjectType('EvidenceRequirement', { description: 'Evidence the rules require before the application is complete, and whether it is there.' })
export class EvidenceRequirementType {
  @Field(() => EvidenceItem)
  item: EvidenceItem;

  @Field(() => Boolean)
  present: boolean;
}

@ObjectType('EligibilityVerdict', { description: 'What the rules allow for the application today: the title and level to grant, or the reasons why not.' })
export class EligibilityVerdictType {
  @Field(() => Boolean)
  eligible: boolean;

  @Field(() => RegistrationTitle, { nullable: true })
  title: RegistrationTitleValue | null;

  @Field(() => QualificationLevel, { nullable: true })
  level: QualificationLevelValue | null;

  @Field(() => Boolean)
  aspirant: boolean;

  @Field(() => DateScalar, { nullable: true })
  aspirantUntil: CalendarDate | null;

  @Field(() => [RuleReasonType])
  reasons: RuleReasonType[];
}

/** The evidence the domain requires of the application, with whether each is uploaded. */
export function evidenceOf(application: RegistrationApplication, documentCount: number): EvidenceRequirementType[] {
  return requiredEvidence({ ...application, documentCount });
}

function toVerdict(result: Result<{ title: RegistrationTitleValue; level: QualificationLevelValue | null; aspirant?: boolean; aspirantUntil?: CalendarDate | null }>) {
  if (!result.ok) return refused(result.reasons);
  const { title, level, aspirant = false, aspirantUntil = null } = result.value;
  return { eligible: true, title, level, aspirant, aspirantUntil, reasons: [] };
}

function refused(reasons: readonly { code: string; message: string }[]): EligibilityVerdictType {
  return { eligible: false, title: null, level: null, aspirant: false, aspirantUntil: null, reasons: reasons.map(({ code, message }) => ({ code, message })) };
}

/**
 * The domain's verdict per application, batched: for all applications asked in one request (a whole
 * agenda), one query for the current registrations and, for re-registrations, their histories, the
 * catalogue and the leaders' completions; then the domain decides each one.
 */
export function verdictLoader(dataSource: DataSource, today: CalendarDate): DataLoader<RegistrationApplication, EligibilityVerdictType, string> {
  return new DataLoader(
    async (applications) => {
      const leaderIds = [...new Set(applications.map((application) => application.leaderId))];
      // The registration each application acts on: the leader's latest, unless deregistered (as currentRegistrationOf).
      const current = new Map([...(await latestRegistrations(dataSource, leaderIds))].filter(([, registration]) => registration.deregisteredOn === null));
      const reRegistering = applications.filter((application) => application.kind === 'RE_REGISTRATION' && current.has(application.leaderId));
      const evidence = reRegistering.length ? await reRegistrationEvidence(dataSource, reRegistering.map((application) => current.get(application.leaderId)!)) : null;
      return applications.map((application) => {
        const registration = current.get(application.leaderId) ?? null;
        try {
          if (application.kind !== 'RE_REGISTRATION') return toVerdict(evaluateApplication(application, registration, today));
          if (!registration || !evidence) return refused([{ code: 'NOT_REGISTERED', message: 'Herregistratie kan alleen met een bestaande registratie.' }]);
          return toVerdict(
            reRegistrationBasis(application, registration, { history: evidence.histories.get(registration.id)!, evidence: evidence.byLeader.get(application.leaderId)! }, today),
          );
        } catch (error) {
          // A field the route needs is empty: the verdict says so instead of failing the agenda.
          if (error instanceof AppError) return refused([{ code: error.reason ?? error.code, message: error.message }]);
          throw error;
        }
      });
    },
    { cacheKeyFn: (application) => application.id },
  );
}

async function reRegistrationEvidence(dataSource: DataSource, registrations: Registration[]) {
  const histories = await loadRegistrationHistory(dataSource, registrations);
  const byLeader = await loadReRegistrationEvidence(dataSource, registrations.map((registration) => registration.leaderId), await loadThemeCatalogue(dataSource));
  return { byLeader, histories: new Map(histories.map((history) => [history.registration.id, history])) };
}
