import type {
  ApplicationKind as ApplicationKindValue,
  ApplicationStatus as ApplicationStatusValue,
  CalendarDate,
  LeaderFunction as LeaderFunctionValue,
  QualificationLevel as QualificationLevelValue,
  QualificationRoute as QualificationRouteValue,
  RegistrationTitle as RegistrationTitleValue,
  ReRegistrationRoute as ReRegistrationRouteValue,
} from '@srpo/domain';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../schema/date.scalar';
import {
  ApplicationKind,
  ApplicationStatus,
  LeaderFunction,
  QualificationLevel,
  QualificationRoute,
  RegistrationTitle,
  ReRegistrationRoute,
} from '../../schema/domain-enums';
import { ConnectionType } from '../../schema/connection';

@ObjectType('LeaderSummary', { description: 'A school leader as staff and committees see them in lists.' })
export class LeaderSummaryType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  registerNumber: string;

  @Field(() => String)
  displayName: string;
}

@ObjectType('EvidenceDocument', { description: 'An uploaded document of an application, a certificate or an offering (the file itself: GET /documents/:id).' })
export class EvidenceDocumentType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  fileName: string;

  @Field(() => String)
  contentType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field(() => String, { description: 'SHA-256 of the content, hex.' })
  sha256: string;

  @Field(() => Date)
  uploadedAt: Date;
}

@ObjectType('Application', { description: 'An application for registration (also aspirant), a level change or re-registration.' })
export class ApplicationType {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Pass back on every change: a change to an outdated version is refused (CONFLICT).' })
  version: number;

  @Field(() => ApplicationKind)
  kind: ApplicationKindValue;

  @Field(() => ApplicationStatus)
  status: ApplicationStatusValue;

  @Field(() => LeaderFunction)
  leaderFunction: LeaderFunctionValue;

  @Field(() => RegistrationTitle)
  requestedTitle: RegistrationTitleValue;

  @Field(() => QualificationRoute, { nullable: true })
  qualificationRoute: QualificationRouteValue | null;

  @Field(() => ReRegistrationRoute, { nullable: true, description: 'RE_REGISTRATION: the route applied through (DESIGN §3.5).' })
  reRegistrationRoute: ReRegistrationRouteValue | null;

  @Field(() => QualificationLevel, { nullable: true })
  claimedLevel: QualificationLevelValue | null;

  @Field(() => DateScalar, { nullable: true })
  evidenceDate: CalendarDate | null;

  @Field(() => String, { nullable: true })
  institution: string | null;

  @Field(() => DateScalar, { nullable: true })
  certificationValidFrom: CalendarDate | null;

  @Field(() => DateScalar, { nullable: true })
  certificationValidUntil: CalendarDate | null;

  @Field(() => DateScalar, { nullable: true })
  enrolledOn: CalendarDate | null;

  @Field(() => DateScalar, { nullable: true })
  expectedEndDate: CalendarDate | null;

  @Field(() => Boolean, { nullable: true })
  nvaoAccredited: boolean | null;

  @Field(() => Boolean, { nullable: true })
  alignedWithStandard: boolean | null;

  @Field(() => String, { nullable: true })
  leaderNote: string | null;

  @Field(() => String, { nullable: true, description: 'What staff asked for when they returned the application.' })
  staffMessage: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  meetingId: string | null;
  leaderId: string;
}

@InputType('ApplicationInput', { description: 'The qualification claim of an application (for re-registration: the route and its diploma).' })
export class ApplicationInputType {
  @Field(() => LeaderFunction)
  leaderFunction: LeaderFunctionValue;

  @Field(() => RegistrationTitle)
  requestedTitle: RegistrationTitleValue;

  @Field(() => QualificationRoute, { nullable: true })
  qualificationRoute?: QualificationRouteValue | null;

  @Field(() => ReRegistrationRoute, {
    nullable: true,
    description:
      'RE_REGISTRATION only (required there): NVAO_MASTER (evidenceDate, nvaoAccredited, alignedWithStandard), VAKBEKWAAM_PROGRAMME (claimedLevel, evidenceDate, certificationValidFrom/Until, institution) or THEMES (the completions recorded in the register count).',
  })
  reRegistrationRoute?: ReRegistrationRouteValue | null;

  @Field(() => QualificationLevel, { nullable: true, description: 'Level of the programme, assessment or EVC (aspirant: the programme).' })
  claimedLevel?: QualificationLevelValue | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the diploma, assessment or certificate.' })
  evidenceDate?: CalendarDate | null;

  @Field(() => String, { nullable: true })
  institution?: string | null;

  @Field(() => DateScalar, { nullable: true })
  certificationValidFrom?: CalendarDate | null;

  @Field(() => DateScalar, { nullable: true })
  certificationValidUntil?: CalendarDate | null;

  @Field(() => DateScalar, { nullable: true })
  enrolledOn?: CalendarDate | null;

  @Field(() => DateScalar, { nullable: true })
  expectedEndDate?: CalendarDate | null;

  @Field(() => Boolean, { nullable: true })
  nvaoAccredited?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  alignedWithStandard?: boolean | null;

  @Field(() => String, { nullable: true })
  leaderNote?: string | null;
}


export const ApplicationConnectionType = ConnectionType('Application', ApplicationType);
export type ApplicationConnectionType = InstanceType<typeof ApplicationConnectionType>;

@ObjectType('ApplicationStatusCount')
export class ApplicationStatusCountType {
  @Field(() => ApplicationStatus)
  status: ApplicationStatusValue;

  @Field(() => Int)
  count: number;
}
