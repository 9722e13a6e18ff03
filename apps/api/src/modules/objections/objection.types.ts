import { OBJECTION_DECISION_KINDS, type CalendarDate, type ObjectionDecisionKind as ObjectionDecisionKindValue } from '@srpo/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../schema/connection';
import { DateScalar } from '../../schema/date.scalar';
import type { ObjectionStatus as ObjectionStatusValue } from './objection.entity';

export const ObjectionDecisionKind = Object.fromEntries(OBJECTION_DECISION_KINDS.map((kind) => [kind, kind])) as {
  [K in ObjectionDecisionKindValue]: K;
};
registerEnumType(ObjectionDecisionKind, {
  name: 'ObjectionDecisionKind',
  description: 'The kind of decision objected to: APPLICATION (committee decision), DEFERRAL, CERTIFICATION (of an offering) or CERTIFICATE_VERIFICATION.',
});

export const ObjectionStatus = { FILED: 'FILED', UPHELD: 'UPHELD', DISMISSED: 'DISMISSED' } as const satisfies Record<ObjectionStatusValue, ObjectionStatusValue>;
registerEnumType(ObjectionStatus, { name: 'ObjectionStatus', description: 'FILED (pending), UPHELD (gegrond: the decision is reopened) or DISMISSED (ongegrond).' });

@ObjectType('ObjectedDecision', { description: 'The decision an objection is against, as the committee needs to see it.' })
export class ObjectedDecisionType {
  @Field(() => ID)
  id: string;

  @Field(() => ObjectionDecisionKind)
  kind: ObjectionDecisionKindValue;

  @Field(() => DateScalar, { nullable: true, description: 'Null while the reopened decision is taken again.' })
  decidedOn: CalendarDate | null;

  @Field(() => String, { description: "The kind's outcome: APPROVED/REJECTED, GRANTED/PARTLY_GRANTED/REJECTED, CERTIFIED/REJECTED or VERIFIED/REJECTED." })
  outcome: string;

  @Field(() => String, { nullable: true })
  reasons: string | null;

  @Field(() => String, { description: 'The leader, provider or board the decision concerns.' })
  partyName: string;

  @Field(() => String, { nullable: true, description: 'The offering concerned (certifications and certificates).' })
  offeringTitle: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day to object (decision date + six weeks).' })
  objectionDeadline: CalendarDate | null;
}

@ObjectType('Objection', { description: 'An objection (bezwaar) against a decision of any kind.' })
export class ObjectionType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => ObjectionDecisionKind)
  decisionKind: ObjectionDecisionKindValue;

  @Field(() => ID)
  decisionId: string;

  @Field(() => DateScalar)
  filedOn: CalendarDate;

  @Field(() => String)
  grounds: string;

  @Field(() => ObjectionStatus)
  status: ObjectionStatusValue;

  @Field(() => DateScalar, { nullable: true })
  decidedOn: CalendarDate | null;

  @Field(() => String, { nullable: true })
  outcomeReasons: string | null;
}

export const ObjectionConnectionType = ConnectionType('Objection', ObjectionType);
export type ObjectionConnectionType = InstanceType<typeof ObjectionConnectionType>;

@ObjectType('ObjectionCount', { description: 'How many objections of one kind of decision await a decision.' })
export class ObjectionCountType {
  @Field(() => ObjectionDecisionKind)
  decisionKind: ObjectionDecisionKindValue;

  @Field(() => Int)
  count: number;
}
