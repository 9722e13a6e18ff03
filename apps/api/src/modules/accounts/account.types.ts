import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from './role';

@ObjectType('Viewer', { description: 'The signed-in account.' })
export class ViewerType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => [Role])
  roles: Role[];
}
