import type {
  CalendarDate,
  LeaderFunction as LeaderFunctionValue,
  QualificationLevel as QualificationLevelValue,
  RegistrationStatus as RegistrationStatusValue,
  RegistrationTitle as RegistrationTitleValue,
} from '@srpo/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../schema/date.scalar';
import { LeaderFunction, QualificationLevel, RegistrationStatus, RegistrationTitle } from '../../schema/domain-enums';
import { ConnectionType } from '../../schema/connection';

@ObjectType('RegistrationOverview', { description: 'A registration as its leader, their board and staff see it (today).' })
export class RegistrationOverviewType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => RegistrationTitle)
  title: RegistrationTitleValue;

  @Field(() => QualificationLevel, { nullable: true })
  level: QualificationLevelValue | null;

  @Field(() => Boolean)
  aspirant: boolean;

  @Field(() => DateScalar, { nullable: true })
  aspirantUntil: CalendarDate | null;

  @Field(() => RegistrationStatus)
  status: RegistrationStatusValue;

  @Field(() => DateScalar)
  registeredOn: CalendarDate;

  @Field(() => DateScalar, { nullable: true, description: 'Re-registration due date of the current period (after deferrals).' })
  reRegistrationDue: CalendarDate | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day of EXPIRED without re-registration (due date + six months).' })
  expiresOn: CalendarDate | null;

  @Field(() => DateScalar, { nullable: true, description: 'Start of the current period: completions from this date count.' })
  periodStartsOn: CalendarDate | null;

  @Field(() => DateScalar, { nullable: true })
  deregisteredOn: CalendarDate | null;
}

@ObjectType('Employment', { description: "A leader's function at a board (and school)." })
export class EmploymentType {
  @Field(() => ID)
  id: string;

  @Field(() => LeaderFunction)
  function: LeaderFunctionValue;

  @Field(() => String)
  boardName: string;

  @Field(() => String, { nullable: true })
  schoolName: string | null;

  @Field(() => DateScalar)
  startsOn: CalendarDate;

  @Field(() => DateScalar, { nullable: true })
  endsOn: CalendarDate | null;
}

@ObjectType('PlannedTheme', { description: 'A theme in the development plan.' })
export class PlannedThemeType {
  @Field(() => ID)
  themeId: string;

  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => DateScalar)
  addedOn: CalendarDate;
}

@ObjectType('LeaderProfile', { description: 'A school leader with their registration, as the leader themself, their board or staff see it.' })
export class LeaderProfileType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  registerNumber: string;

  @Field(() => String)
  displayName: string;

  @Field(() => String)
  initials: string;

  @Field(() => String)
  firstName: string;

  @Field(() => String, { nullable: true, description: 'Tussenvoegsel.' })
  infix: string | null;

  @Field(() => String)
  lastName: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => DateScalar, { description: 'Date of enrolment (inschrijving).' })
  enrolledOn: CalendarDate;

  @Field(() => RegistrationOverviewType, { nullable: true })
  registration: RegistrationOverviewType | null;

  @Field(() => [EmploymentType])
  employments: EmploymentType[];

  @Field(() => [PlannedThemeType], { description: 'Development plan: the themes the leader is working on.' })
  developmentPlan: PlannedThemeType[];
}


export const LeaderProfileConnectionType = ConnectionType('LeaderProfile', LeaderProfileType);
export type LeaderProfileConnectionType = InstanceType<typeof LeaderProfileConnectionType>;
