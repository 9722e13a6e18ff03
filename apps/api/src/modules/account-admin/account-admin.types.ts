import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../schema/connection';
import { PageArgs } from '../../shared/paging';
import { Role } from '../accounts/role';
import { LeaderSummaryType } from '../applications/application.types';

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  DEACTIVATED = 'DEACTIVATED',
}

registerEnumType(AccountStatus, {
  name: 'AccountStatus',
  description: 'ACTIVE (can sign in) or DEACTIVATED by staff (cannot sign in; no sessions).',
});

@ObjectType('AccountOrganisation', { description: 'The board, provider or assessor organisation an account acts for.' })
export class AccountOrganisationType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;
}

@ObjectType('Account', { description: 'A person’s login to the portal, as staff manage it.' })
export class AccountType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String)
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => [Role])
  roles: Role[];

  @Field(() => AccountStatus)
  status: AccountStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  deactivatedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => AccountOrganisationType, { nullable: true, description: 'The board a BOARD account acts for.' })
  board: AccountOrganisationType | null;

  @Field(() => AccountOrganisationType, { nullable: true, description: 'The provider a PROVIDER account acts for.' })
  provider: AccountOrganisationType | null;

  @Field(() => AccountOrganisationType, { nullable: true, description: 'The assessor organisation an ASSESSOR account acts for.' })
  assessorOrganisation: AccountOrganisationType | null;

  @Field(() => LeaderSummaryType, { nullable: true, description: 'The school leader record of a LEADER account.' })
  leader: LeaderSummaryType | null;
}

export const AccountConnectionType = ConnectionType('Account', AccountType, 'Accounts in name order.');
export type AccountConnectionType = InstanceType<typeof AccountConnectionType>;

@ArgsType()
export class AccountSearchArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Words of the name or e-mail address; every word must match (accent- and case-insensitive).' })
  query?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => AccountStatus, { nullable: true })
  status?: AccountStatus | null;
}

/** Roles and the records they act for (checked together by the domain's `checkRoleAssignment`). */
@InputType('AccountRolesInput')
export class AccountRolesInput {
  @Field(() => [Role])
  roles: Role[];

  @Field(() => ID, { nullable: true, description: 'Board of a BOARD account.' })
  boardId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Provider of a PROVIDER account.' })
  providerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Assessor organisation of an ASSESSOR account.' })
  assessorOrganisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Register number of the school leader a LEADER account is (optional).' })
  leaderRegisterNumber?: string | null;
}

@InputType('CreateAccountInput')
export class CreateAccountInput extends AccountRolesInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  displayName: string;
}

@InputType('UpdateAccountInput')
export class UpdateAccountInput extends AccountRolesInput {
  @Field(() => String)
  displayName: string;
}
