import type { CalendarDate } from '@srpo/domain';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../schema/date.scalar';
import { LearningRoute, QualificationLevel, RegistrationStatus, RegistrationTitle } from '../../schema/domain-enums';
import { ConnectionType } from '../../schema/connection';

// Read-only types of the public register. They hold only public facts, so a new column elsewhere can never leak here.

@ObjectType('PublicThemeRef', { description: 'A theme as shown in the public register.' })
export class PublicThemeRefType {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;
}

@ObjectType('PublicThemeCompletion', {
  description: 'A theme completed in the registration period shown (see `PublicRegistration.periodStartsOn` and `completedThemes`).',
})
export class PublicThemeCompletionType {
  @Field(() => PublicThemeRefType)
  theme: PublicThemeRefType;

  @Field(() => DateScalar)
  completedOn: CalendarDate;

  @Field(() => LearningRoute)
  route: LearningRoute;
}

@ObjectType('PublicBoard', { description: 'A school board (bevoegd gezag): its public name and the id to filter `searchRegister` on.' })
export class PublicBoardType {
  @Field(() => ID, { description: 'Use as `searchRegister(boardId: …)`.' })
  id: string;

  @Field(() => String)
  name: string;
}

@ObjectType('PublicRegistration', {
  description: 'The public facts of one registration on a given date. Never contains contact details, birth date, documents or decision texts.',
})
export class PublicRegistrationType {
  @Field(() => String)
  registerNumber: string;

  @Field(() => String, { description: 'Name as written, e.g. "Jan van Dijk".' })
  displayName: string;

  @Field(() => RegistrationTitle)
  title: RegistrationTitle;

  @Field(() => Boolean, { description: 'Registered as aspirant: a starting leader still in a certified programme.' })
  aspirant: boolean;

  @Field(() => QualificationLevel, { nullable: true })
  qualificationLevel: QualificationLevel | null;

  @Field(() => RegistrationStatus)
  status: RegistrationStatus;

  @Field(() => DateScalar, { description: 'Date of the committee decision that registered the leader.' })
  registeredOn: CalendarDate;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Re-registration due date of the current period (after deferrals). Null for an aspirant: see `aspirantUntil`.',
  })
  reRegistrationDue: CalendarDate | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'For an aspirant: the last day of the aspirant period (the programme\'s expected end date, after deferrals). Null otherwise.',
  })
  aspirantUntil: CalendarDate | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'First day of status EXPIRED when the period is not (re-)registered in time: the due date (or the day after `aspirantUntil`) plus six months. Null when deregistered.',
  })
  expiresOn: CalendarDate | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day the leader left the register; set when `status` is DEREGISTERED.' })
  deregisteredOn: CalendarDate | null;

  @Field(() => DateScalar, { description: 'Start of the registration period shown: the (re)registration or full registration that opened it.' })
  periodStartsOn: CalendarDate;

  @Field(() => [PublicThemeCompletionType], {
    description:
      'Themes completed in the period shown, up to the asked date; for a period that lapsed (EXPIRED) or ended with deregistration, up to the day before.',
  })
  completedThemes: PublicThemeCompletionType[];

  @Field(() => [PublicBoardType])
  boards: PublicBoardType[];
}

export const PublicRegistrationConnectionType = ConnectionType('PublicRegistration', PublicRegistrationType);
export type PublicRegistrationConnectionType = InstanceType<typeof PublicRegistrationConnectionType>;

export const PublicBoardConnectionType = ConnectionType('PublicBoard', PublicBoardType, 'School boards by name.');
export type PublicBoardConnectionType = InstanceType<typeof PublicBoardConnectionType>;

@ObjectType('PublicSchool', { description: 'A primary school of a board: its public name and place (e.g. to enrol as its leader).' })
export class PublicSchoolType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  city: string;

  @Field(() => String, { description: 'BRIN code: two digits and two letters, e.g. "12AB".' })
  brin: string;
}

export const PublicSchoolConnectionType = ConnectionType('PublicSchool', PublicSchoolType, 'Schools by name.');
export type PublicSchoolConnectionType = InstanceType<typeof PublicSchoolConnectionType>;

export type PublicLookupOutcome = 'REGISTERED' | 'NOT_REGISTERED_ON_DATE' | 'UNKNOWN_REGISTER_NUMBER';

export const PublicLookupOutcomeEnum = {
  REGISTERED: 'REGISTERED',
  NOT_REGISTERED_ON_DATE: 'NOT_REGISTERED_ON_DATE',
  UNKNOWN_REGISTER_NUMBER: 'UNKNOWN_REGISTER_NUMBER',
} as const;

registerEnumType(PublicLookupOutcomeEnum, {
  name: 'PublicLookupOutcome',
  description: 'What a register number stands for on the asked date.',
  valuesConfig: {
    REGISTERED: { description: 'Registered on that date: `registration` holds the public entry.' },
    NOT_REGISTERED_ON_DATE: { description: 'A known register number whose leader was not registered on that date (not yet, or only enrolled).' },
    UNKNOWN_REGISTER_NUMBER: { description: 'No leader has this register number.' },
  },
});

@ObjectType('PublicRegistrationLookup', { description: 'The answer to "what is this register number on that date?", telling an unknown number from one not registered then.' })
export class PublicRegistrationLookupType {
  @Field(() => String, { description: 'The number asked for (trimmed).' })
  registerNumber: string;

  @Field(() => PublicLookupOutcomeEnum)
  outcome: PublicLookupOutcome;

  @Field(() => PublicRegistrationType, { nullable: true, description: 'The public entry when `outcome` is REGISTERED.' })
  registration: PublicRegistrationType | null;
}
