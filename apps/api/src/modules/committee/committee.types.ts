import type { CalendarDate, QualificationLevel as QualificationLevelValue } from '@srpo/domain';
import { ConnectionType } from '../../schema/connection';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../schema/date.scalar';
import { QualificationLevel } from '../../schema/domain-enums';

export const DecisionOutcome = { APPROVED: 'APPROVED', REJECTED: 'REJECTED' } as const;
export type DecisionOutcome = (typeof DecisionOutcome)[keyof typeof DecisionOutcome];
registerEnumType(DecisionOutcome, { name: 'DecisionOutcome' });

@ObjectType('CommitteeMeeting', { description: 'A meeting of the Commissie Registratie.' })
export class CommitteeMeetingType {
  @Field(() => ID)
  id: string;

  @Field(() => DateScalar, { description: 'Also the date of its decisions: leaders can expect a decision on this day.' })
  meetingDate: CalendarDate;

  @Field(() => String, { nullable: true })
  location: string | null;
}

@ObjectType('Decision', { description: "The committee's decision on an application." })
export class DecisionType {
  @Field(() => ID)
  id: string;

  @Field(() => DecisionOutcome)
  outcome: DecisionOutcome;

  @Field(() => String, { nullable: true })
  reasons: string | null;

  @Field(() => QualificationLevel, { nullable: true })
  grantedLevel: QualificationLevelValue | null;

  @Field(() => Boolean, { description: 'Approved as an explicit exception to the rules.' })
  isException: boolean;

  @Field(() => String, { nullable: true })
  exceptionJustification: string | null;

  @Field(() => DateScalar)
  decidedOn: CalendarDate;

  applicationId: string;
}

@InputType('DecisionInput')
export class DecisionInputType {
  @Field(() => ID)
  applicationId: string;

  @Field(() => Int, { description: 'The application version the committee member saw.' })
  version: number;

  @Field(() => DecisionOutcome)
  outcome: DecisionOutcome;

  @Field(() => String, { nullable: true, description: 'Required when rejecting.' })
  reasons?: string | null;

  @Field(() => QualificationLevel, { nullable: true, description: 'Diploma evaluation: the level the committee sets.' })
  grantedLevel?: QualificationLevelValue | null;

  @Field(() => String, { nullable: true, description: 'Required to approve what the rules do not allow; recorded and audited.' })
  exceptionJustification?: string | null;
}

export const CommitteeMeetingConnectionType = ConnectionType('CommitteeMeeting', CommitteeMeetingType);
export type CommitteeMeetingConnectionType = InstanceType<typeof CommitteeMeetingConnectionType>;
