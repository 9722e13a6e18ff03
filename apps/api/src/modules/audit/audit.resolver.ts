import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Role } from '../accounts/role';
import { AuditService } from './audit.service';
import { AuditEntryConnectionType } from './audit.types';

@Resolver()
export class AuditResolver {
  @Authorized(Role.STAFF)
  @Query(() => AuditEntryConnectionType, { description: 'The audit log, newest first; optionally for one kind of record and/or one record (staff only).' })
  auditLog(
    @Ctx() ctx: RequestContext,
    @Arg('entity', () => String, { nullable: true }) entity: string | null,
    @Arg('entityId', () => String, { nullable: true }) entityId: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1..200 (default 50).' }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<AuditEntryConnectionType> {
    return new AuditService(ctx.dataSource).list({ entity, entityId, first, after });
  }
}
