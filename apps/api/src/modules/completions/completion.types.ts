import type { CalendarDate } from '@srpo/domain';
import { ConnectionType } from '../../schema/connection';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../schema/date.scalar';

export const CompletionRowStatus = { RECORDED: 'RECORDED', ALREADY_RECORDED: 'ALREADY_RECORDED', DATE_DIFFERS: 'DATE_DIFFERS', REJECTED: 'REJECTED' } as const;
export type CompletionRowStatus = (typeof CompletionRowStatus)[keyof typeof CompletionRowStatus];
registerEnumType(CompletionRowStatus, {
  name: 'CompletionRowStatus',
  description:
    'RECORDED now (in a dry run: would be recorded); ALREADY_RECORDED earlier with the same date (a repeated upload changes nothing); DATE_DIFFERS: already on record with another date (`recordedOn`), the new date is not taken over — withdraw the old completion to correct it; REJECTED with a code and message.',
});

export const CompletionStatusEnum = {
  RECORDED: 'RECORDED',
  PENDING_VERIFICATION: 'PENDING_VERIFICATION',
  VERIFIED: 'VERIFIED',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
registerEnumType(CompletionStatusEnum, {
  name: 'CompletionStatus',
  description: 'RECORDED by the provider or VERIFIED by staff (both count); PENDING_VERIFICATION (a leader’s certificate); REJECTED; WITHDRAWN.',
});

export const CompletionSourceEnum = { PROVIDER: 'PROVIDER', LEADER_CERTIFICATE: 'LEADER_CERTIFICATE' } as const;
registerEnumType(CompletionSourceEnum, { name: 'CompletionSource' });

@InputType('CompletionInput', { description: 'One participant who completed the execution.' })
export class CompletionInput {
  @Field(() => String)
  registerNumber: string;

  @Field(() => DateScalar)
  completedOn: CalendarDate;
}

@ObjectType('CompletionRowOutcome', { description: 'What happened to one row of an upload.' })
export class CompletionRowOutcomeType {
  @Field(() => Int, { description: 'Position in the upload, from 1 (for CSV: the data row, header not counted).' })
  row: number;

  @Field(() => String)
  registerNumber: string;

  @Field(() => String, {
    nullable: true,
    description: 'The matched leader’s name as the public register shows it, to spot a mistyped number; null when unknown or not in the public register.',
  })
  leaderName: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The completion date as read from the row; null when unreadable.' })
  completedOn: CalendarDate | null;

  @Field(() => DateScalar, { nullable: true, description: 'For ALREADY_RECORDED and DATE_DIFFERS: the date already on record.' })
  recordedOn: CalendarDate | null;

  @Field(() => CompletionRowStatus)
  status: CompletionRowStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'Why a row was rejected (a reason code of the error catalogue): UNKNOWN_REGISTER_NUMBER, OUTSIDE_CERTIFICATION_PERIOD, DUPLICATE_ROW, LEADER_DEREGISTERED, DATE_IN_FUTURE, INVALID_DATE, FORBIDDEN_CHARACTER, TEXT_TOO_LONG.',
  })
  code: string | null;

  @Field(() => String, { description: 'Dutch explanation.' })
  message: string;
}

@ObjectType('RecordCompletionsResult', { description: 'Per-row outcomes and counts of one upload; valid rows are kept.' })
export class RecordCompletionsResultType {
  @Field(() => ID)
  executionId: string;

  @Field(() => Boolean, { description: 'A check only: nothing was stored; RECORDED rows would be recorded.' })
  dryRun: boolean;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  recorded: number;

  @Field(() => Int)
  alreadyRecorded: number;

  @Field(() => Int, { description: 'Rows already on record with another date (not taken over).' })
  dateDiffers: number;

  @Field(() => Int)
  rejected: number;

  @Field(() => [CompletionRowOutcomeType])
  rows: CompletionRowOutcomeType[];
}

@ObjectType('Completion', { description: 'A leader’s completion of one execution.' })
export class CompletionType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID)
  executionId: string;

  @Field(() => DateScalar)
  completedOn: CalendarDate;

  @Field(() => CompletionSourceEnum)
  source: 'PROVIDER' | 'LEADER_CERTIFICATE';

  @Field(() => CompletionStatusEnum)
  status: 'RECORDED' | 'PENDING_VERIFICATION' | 'VERIFIED' | 'REJECTED' | 'WITHDRAWN';

  @Field(() => DateScalar, { nullable: true })
  handledOn: CalendarDate | null;

  @Field(() => String, { nullable: true, description: 'Why it was withdrawn or rejected.' })
  handlingNote: string | null;

  leaderId: string;
}

export const CompletionConnectionType = ConnectionType('Completion', CompletionType);
export type CompletionConnectionType = InstanceType<typeof CompletionConnectionType>;
