import { todayInAmsterdam } from '@srpo/domain';
import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { PageArgs } from '../../shared/paging';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { ApplicationType } from '../applications/application.types';
import { AuditService, type AuditPage } from '../audit/audit.service';
import { AuditEntryConnectionType } from '../audit/audit.types';
import { DeferralRequestType } from '../deferrals/deferral.types';
import { LeaderProfileType } from '../leaders/leader.types';
import { LetterService } from '../letters/letter.service';
import { LetterConnectionType, toLetterPage } from '../letters/letter.types';
import { ThemeProgressService } from '../theme-progress/theme-progress.service';
import { ThemeProgressType } from '../theme-progress/theme-progress.types';

/**
 * A leader's case file (dossier) for staff and the committee: beside the registration the leader
 * page already shows, the theme progress, applications, deferral requests, letters and audit trail.
 * Applications and deferrals go through per-request loaders (one statement for every leader asked).
 */
@Resolver(() => LeaderProfileType)
export class LeaderCaseFileResolver {
  @Authorized(Role.STAFF, Role.COMMITTEE)
  @FieldResolver(() => [ApplicationType], { description: "The leader's applications, newest first (a few: one open per kind)." })
  applications(@Root() leader: LeaderProfileType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.caseFile.applicationsByLeaderId.load(leader.id);
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @FieldResolver(() => [DeferralRequestType], { description: "The leader's deferral requests with their decisions, newest first." })
  deferralRequests(@Root() leader: LeaderProfileType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.caseFile.deferralsByLeaderId.load(leader.id);
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @FieldResolver(() => ThemeProgressType, { nullable: true, description: 'Theme progress in the current period and the re-registration evaluation; null without a registration.' })
  themeProgress(@Root() leader: LeaderProfileType, @Ctx() ctx: RequestContext): Promise<ThemeProgressType | null> {
    return new ThemeProgressService(ctx.dataSource, ctx.account as Account, todayInAmsterdam(new Date())).progressOf(leader.id);
  }

  @Authorized(Role.STAFF)
  @FieldResolver(() => LetterConnectionType, { description: "The leader's letters, newest first (staff only)." })
  async letters(@Root() leader: LeaderProfileType, @Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<LetterConnectionType> {
    return toLetterPage(await new LetterService(ctx.dataSource).lettersForLeader(leader.id, page));
  }

  @Authorized(Role.STAFF)
  @FieldResolver(() => AuditEntryConnectionType, { description: "The history of the leader's whole case: audit entries about the leader and every record of the leader's, newest first (staff only)." })
  auditTrail(@Root() leader: LeaderProfileType, @Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<AuditPage> {
    return new AuditService(ctx.dataSource).list({ leaderId: leader.id, first: page.first, after: page.after });
  }
}
