import {
  DataRequestKind,
  DataRequestOutcome,
  DataRequestSubject,
  type CalendarDate,
  type DataRequestKind as DataRequestKindValue,
  type DataRequestStatus as DataRequestStatusValue,
  type DataRequestSubject as DataRequestSubjectValue,
} from '@srpo/domain';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../schema/connection';
import { DateScalar } from '../../schema/date.scalar';
import { RuleReasonType } from '../theme-progress/theme-progress.types';

export const DataRequestStatus = { REQUESTED: 'REQUESTED', GRANTED: 'GRANTED', REFUSED: 'REFUSED' } as const satisfies Record<DataRequestStatusValue, DataRequestStatusValue>;

/** The leader's fields staff can correct in the register directly (names of `school_leader` columns as the API calls them). */
export const LeaderDataField = {
  INITIALS: 'INITIALS',
  FIRST_NAME: 'FIRST_NAME',
  INFIX: 'INFIX',
  LAST_NAME: 'LAST_NAME',
  BIRTH_DATE: 'BIRTH_DATE',
  EMAIL: 'EMAIL',
} as const;
export type LeaderDataField = (typeof LeaderDataField)[keyof typeof LeaderDataField];

registerEnumType(DataRequestKind, { name: 'DataRequestKind', description: 'CORRECTION (AVG art. 16, rectification) or ERASURE (art. 17).' });
registerEnumType(DataRequestSubject, {
  name: 'DataRequestSubject',
  description: 'What a correction is about: NAME, BIRTH_DATE, EMAIL, EMPLOYMENT (where the leader works) or OTHER.',
});
registerEnumType(DataRequestOutcome, { name: 'DataRequestOutcome', description: 'GRANTED (correction carried out, or data erased) or REFUSED (with grounds).' });
registerEnumType(DataRequestStatus, { name: 'DataRequestStatus', description: 'REQUESTED (open), GRANTED or REFUSED.' });
registerEnumType(LeaderDataField, { name: 'LeaderDataField', description: 'A field of the leader that a correction changed.' });

@ObjectType('DataRequestCheck', { description: 'What the rules say today about granting the request (erasure: not while registered).' })
export class DataRequestCheckType {
  @Field(() => Boolean)
  grantAllowed: boolean;

  @Field(() => [RuleReasonType])
  reasons: RuleReasonType[];
}

@ObjectType('LeaderPersonalData', { description: 'The leader’s personal data a correction can change, as the register holds it now (staff only).' })
export class LeaderPersonalDataType {
  @Field(() => String)
  initials: string;

  @Field(() => String)
  firstName: string;

  @Field(() => String, { nullable: true })
  infix: string | null;

  @Field(() => String)
  lastName: string;

  @Field(() => DateScalar, { nullable: true })
  birthDate: CalendarDate | null;

  @Field(() => String, { nullable: true })
  email: string | null;
}

@ObjectType('DataRequest', { description: "A leader's request about their own personal data (AVG): a correction or an erasure, and its decision." })
export class DataRequestType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => DataRequestKind)
  kind: DataRequestKindValue;

  @Field(() => DataRequestSubject, { nullable: true, description: 'Which data a correction is about; null for an erasure.' })
  subject: DataRequestSubjectValue | null;

  @Field(() => String, { description: 'What is wrong (correction), or why the leader wants the data erased.' })
  description: string;

  @Field(() => String, { nullable: true, description: 'The right value, in the leader’s words (correction).' })
  proposedValue: string | null;

  @Field(() => DateScalar, { description: 'Day of receipt: the legal period runs from here.' })
  receivedOn: CalendarDate;

  @Field(() => DateScalar, { description: 'The legal deadline: one month after receipt, three when extended (AVG art. 12(3)).' })
  deadline: CalendarDate;

  @Field(() => DateScalar, { nullable: true })
  extendedOn: CalendarDate | null;

  @Field(() => String, { nullable: true, description: 'Why the period was extended (told to the leader in a letter).' })
  extensionGrounds: string | null;

  @Field(() => DataRequestStatus)
  status: DataRequestStatusValue;

  @Field(() => DateScalar, { nullable: true })
  decidedOn: CalendarDate | null;

  @Field(() => String, { nullable: true, description: 'Grounds of a refusal, or what was corrected outside the fields below.' })
  decisionGrounds: string | null;

  @Field(() => [LeaderDataField], { description: 'The fields a carried-out correction changed.' })
  changedFields: LeaderDataField[];

  leaderId: string;
}

export const DataRequestConnectionType = ConnectionType('DataRequest', DataRequestType);
export type DataRequestConnectionType = InstanceType<typeof DataRequestConnectionType>;

@InputType('FileDataRequestInput')
export class FileDataRequestInput {
  @Field(() => DataRequestKind)
  kind: DataRequestKindValue;

  @Field(() => DataRequestSubject, { nullable: true, description: 'Required for a correction.' })
  subject?: DataRequestSubjectValue | null;

  @Field(() => String, { description: 'What is wrong (correction), or the reason for erasure.' })
  description: string;

  @Field(() => String, { nullable: true, description: 'The right value (correction).' })
  proposedValue?: string | null;
}

@InputType('LeaderDataCorrectionInput', { description: 'New values for a carried-out correction; fields left out stay as they are.' })
export class LeaderDataCorrectionInput {
  @Field(() => String, { nullable: true })
  initials?: string | null;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'An empty string removes the tussenvoegsel.' })
  infix?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => DateScalar, { nullable: true })
  birthDate?: CalendarDate | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}
