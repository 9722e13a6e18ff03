import { COST_MODEL } from '@srpo/domain';
import { Arg, Authorized, Ctx, Extensions, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Public } from '../../schema/public.decorator';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { CredentialService } from './credential.service';
import { CredentialVerificationType, LeaderCredentialType } from './credential.types';

@Resolver()
export class CredentialResolver {
  @Authorized(Role.LEADER)
  @Query(() => [LeaderCredentialType], {
    description:
      'The signed-in leader’s verifiable credentials, one per registration period, newest first. The current period’s credential is issued on the first ask and stays the same afterwards; a re-registration gives a new one.',
  })
  myCredentials(@Ctx() ctx: RequestContext): Promise<LeaderCredentialType[]> {
    return new CredentialService(ctx.dataSource, ctx.credentials).myCredentials(ctx.account as Account);
  }

  @Public()
  @Extensions({ cost: COST_MODEL.credentialVerificationCost })
  @Query(() => CredentialVerificationType, {
    nullable: true,
    description: `What the register says today about the credential with this id (the last segment of its verification URL); null for an unknown id. Costs ${COST_MODEL.credentialVerificationCost} points.`,
  })
  credentialVerification(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<CredentialVerificationType | null> {
    return new CredentialService(ctx.dataSource, ctx.credentials).verificationById(id);
  }

  @Public()
  @Extensions({ cost: COST_MODEL.credentialVerificationCost })
  @Query(() => CredentialVerificationType, {
    description: `Verifies a credential file’s content (the JWT, at most 10,000 characters): the signature against the register’s keys (current and retired), then its status today. Anything else gets signatureValid false and a Dutch \`problem\`, never an error. Costs ${COST_MODEL.credentialVerificationCost} points.`,
  })
  verifyCredential(@Ctx() ctx: RequestContext, @Arg('credential', () => String) credential: string): Promise<CredentialVerificationType> {
    return new CredentialService(ctx.dataSource, ctx.credentials).verify(credential);
  }
}
