import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../schema/connection';

@ObjectType('Board', { description: 'A school board (bestuur, bevoegd gezag) as staff manage it. Its name is public.' })
export class BoardType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { description: 'DUO "bevoegd gezag" number: five digits.' })
  boardNumber: string;

  @Field(() => String, { description: 'Public: shown in the register beside its leaders.' })
  name: string;

  @Field(() => String)
  city: string;
}

@InputType('BoardInput')
export class BoardInput {
  @Field(() => String)
  boardNumber: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  city: string;
}

export const BoardConnectionType = ConnectionType('Board', BoardType, 'School boards by name.');
export type BoardConnectionType = InstanceType<typeof BoardConnectionType>;
