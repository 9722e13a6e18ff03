import type { CalendarDate } from '@srpo/domain';
import { ConnectionType } from '../../schema/connection';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../schema/date.scalar';
import { ObjectionStatus } from '../committee/committee.types';

@ObjectType('CertificationObjection', { description: "An owner's objection (bezwaar) against a certification decision." })
export class CertificationObjectionType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID)
  certificationId: string;

  @Field(() => DateScalar)
  filedOn: CalendarDate;

  @Field(() => String)
  grounds: string;

  @Field(() => ObjectionStatus)
  status: ObjectionStatus;

  @Field(() => DateScalar, { nullable: true })
  decidedOn: CalendarDate | null;

  @Field(() => String, { nullable: true })
  outcomeReasons: string | null;
}

export const CertificationObjectionConnectionType = ConnectionType('CertificationObjection', CertificationObjectionType);
export type CertificationObjectionConnectionType = InstanceType<typeof CertificationObjectionConnectionType>;
