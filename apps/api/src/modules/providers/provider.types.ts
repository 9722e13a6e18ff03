import { ConnectionType } from '../../schema/connection';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('Provider', { description: 'A training provider (aanbieder) as staff and its own users see it.' })
export class ProviderType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'Chamber of Commerce (KvK) number, eight digits.' })
  kvkNumber: string;

  @Field(() => String)
  contactEmail: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;
}

@InputType('ProviderInput')
export class ProviderInput {
  @Field(() => String)
  name: string;

  @Field(() => String)
  kvkNumber: string;

  @Field(() => String)
  contactEmail: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

export const ProviderConnectionType = ConnectionType('Provider', ProviderType);
export type ProviderConnectionType = InstanceType<typeof ProviderConnectionType>;
