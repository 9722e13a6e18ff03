import type { RegistrationStatus as RegistrationStatusValue, RegistrationTitle as RegistrationTitleValue } from '@srpo/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../schema/connection';
import { RegistrationStatus, RegistrationTitle } from '../../schema/domain-enums';

@ObjectType('LeaderSearchHit', { description: 'A school leader as staff find them: name, register number, e-mail, status today and current boards.' })
export class LeaderSearchHitType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  registerNumber: string;

  @Field(() => String)
  displayName: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => RegistrationStatus, { nullable: true, description: 'Status today; null without a registration.' })
  status: RegistrationStatusValue | null;

  @Field(() => RegistrationTitle, { nullable: true })
  title: RegistrationTitleValue | null;

  @Field(() => [String], { description: 'Names of the boards the leader works for today.' })
  boards: string[];
}

export const LeaderSearchConnectionType = ConnectionType('LeaderSearchHit', LeaderSearchHitType, 'Leaders found, by name.');
export type LeaderSearchConnectionType = InstanceType<typeof LeaderSearchConnectionType>;
