import { registerEnumType } from 'type-graphql';

/** What an account may do. An account can hold several roles (e.g. a leader who is also on a committee). */
export enum Role {
  STAFF = 'STAFF',
  COMMITTEE = 'COMMITTEE',
  LEADER = 'LEADER',
  BOARD = 'BOARD',
  PROVIDER = 'PROVIDER',
  ASSESSOR = 'ASSESSOR',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What an account may do: register staff, committee member, school leader, school board, training provider, assessor.',
});
