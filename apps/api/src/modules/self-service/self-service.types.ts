import type { LeaderFunction as LeaderFunctionValue } from '@srpo/domain';
import { Field, ID, InputType } from 'type-graphql';
import { LeaderFunction } from '../../schema/domain-enums';

@InputType('EnrolInput', { description: 'What a school leader enters to enrol: name, e-mail address, password, board, school and function.' })
export class EnrolInput {
  @Field(() => String, { description: 'Becomes the account’s sign-in; it must be confirmed through the e-mailed link.' })
  email: string;

  @Field(() => String, { description: 'The password policy applies (12–200 characters, not easy to guess).' })
  password: string;

  @Field(() => String)
  firstName: string;

  @Field(() => String, { nullable: true, description: 'Tussenvoegsel, e.g. "van der".' })
  infix?: string | null;

  @Field(() => String)
  lastName: string;

  @Field(() => ID, { description: 'From `boards`.' })
  boardId: string;

  @Field(() => ID, { description: 'From `boardSchools(boardId)`: a school of that board.' })
  schoolId: string;

  @Field(() => LeaderFunction)
  leaderFunction: LeaderFunctionValue;
}
