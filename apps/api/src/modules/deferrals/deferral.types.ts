import type { CalendarDate, DeferralKind as DeferralKindValue, DeferralReason as DeferralReasonValue } from '@srpo/domain';
import { ConnectionType } from '../../schema/connection';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../schema/date.scalar';
import { DeferralKind, DeferralReason } from '../../schema/domain-enums';

@ObjectType('DeferralRequest', { description: 'A request for deferral (uitstel) and its decision.' })
export class DeferralRequestType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => DeferralKind)
  kind: DeferralKindValue;

  @Field(() => DeferralReason)
  reason: DeferralReasonValue;

  @Field(() => DateScalar)
  requestedOn: CalendarDate;

  @Field(() => DateScalar, { description: 'The new date the leader asks for.' })
  requestedDueDate: CalendarDate;

  @Field(() => String, { nullable: true })
  motivation: string | null;

  @Field(() => String, { description: 'REQUESTED, GRANTED, PARTLY_GRANTED or REJECTED.' })
  status: string;

  @Field(() => DateScalar, { nullable: true })
  decidedOn: CalendarDate | null;

  @Field(() => DateScalar, { nullable: true })
  grantedDueDate: CalendarDate | null;

  @Field(() => String, { nullable: true })
  decisionReasons: string | null;

  leaderId: string;
}

export const DeferralRequestConnectionType = ConnectionType('DeferralRequest', DeferralRequestType);
export type DeferralRequestConnectionType = InstanceType<typeof DeferralRequestConnectionType>;
