import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Role } from '../accounts/role';
import { AuditService, type AuditPage } from './audit.service';
import { AuditEntryConnectionType, AuditLogArgs } from './audit.types';

@Resolver()
export class AuditResolver {
  @Authorized(Role.STAFF)
  @Query(() => AuditEntryConnectionType, {
    description: 'The audit log, newest first; every filter given applies (record kind and id, a leader’s case, actor, days in Amsterdam) (staff only).',
  })
  auditLog(@Ctx() ctx: RequestContext, @Args(() => AuditLogArgs) args: AuditLogArgs): Promise<AuditPage> {
    return new AuditService(ctx.dataSource).list(args);
  }
}
