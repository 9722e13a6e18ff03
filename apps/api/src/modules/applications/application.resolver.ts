import { displayName, todayInAmsterdam, type ApplicationKind as ApplicationKindValue, type ApplicationStatus as ApplicationStatusValue } from '@srpo/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { assertId } from '../../database/row-lock';
import { AppError } from '../../http/errors';
import { ApplicationKind, ApplicationStatus } from '../../schema/domain-enums';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { leaderOfAccount } from '../leaders/leader.service';
import { ApplicationQueueService } from './application-queue.service';
import { EligibilityVerdictType, EvidenceRequirementType, evidenceOf } from './application-verdict';
import { ApplicationService } from './application.service';
import {
  ApplicationConnectionType,
  ApplicationInputType,
  ApplicationStatusCountType,
  ApplicationType,
  EvidenceDocumentType,
  LeaderSummaryType,
} from './application.types';
import { RegistrationApplication } from './registration-application.entity';

function service(ctx: RequestContext): ApplicationService {
  return new ApplicationService(ctx.dataSource, ctx.account as Account, todayInAmsterdam(new Date()));
}

function isStaffOrCommittee(account: Account | null): boolean {
  return Boolean(account?.roles.some((role) => role === Role.STAFF || role === Role.COMMITTEE));
}

@Resolver(() => ApplicationType)
export class ApplicationResolver {
  @Authorized(Role.LEADER)
  @Query(() => [ApplicationType], { description: "The signed-in leader's own applications, newest first." })
  async myApplications(@Ctx() ctx: RequestContext): Promise<ApplicationType[]> {
    const leader = await leaderOfAccount(ctx.dataSource, ctx.account as Account);
    return ctx.dataSource.getRepository(RegistrationApplication).find({ where: { leaderId: leader.id }, order: { createdAt: 'DESC' } });
  }

  @Authorized(Role.STAFF, Role.COMMITTEE, Role.LEADER)
  @Query(() => ApplicationType, { nullable: true, description: 'One application: staff and committee see all, a leader only their own.' })
  async application(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ApplicationType | null> {
    assertId(id, 'id');
    const application = await ctx.dataSource.getRepository(RegistrationApplication).findOneBy({ id });
    if (!application || isStaffOrCommittee(ctx.account)) return application;
    const leader = await leaderOfAccount(ctx.dataSource, ctx.account as Account);
    return application.leaderId === leader.id ? application : null;
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @Query(() => ApplicationConnectionType, { description: 'The application queue: filter by status, kind or meeting; oldest submission first.' })
  applications(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => [ApplicationStatus], { nullable: true }) status?: ApplicationStatusValue[] | null,
    @Arg('kind', () => [ApplicationKind], { nullable: true }) kind?: ApplicationKindValue[] | null,
    @Arg('meetingId', () => ID, { nullable: true }) meetingId?: string | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ApplicationConnectionType> {
    if (meetingId) assertId(meetingId, 'meetingId');
    return new ApplicationQueueService(ctx.dataSource).list({ status, kind, meetingId, first, after });
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @Query(() => [ApplicationStatusCountType], { description: 'Number of applications per status.' })
  applicationCounts(@Ctx() ctx: RequestContext): Promise<ApplicationStatusCountType[]> {
    return new ApplicationQueueService(ctx.dataSource).countsByStatus();
  }

  @Authorized(Role.LEADER)
  @Mutation(() => ApplicationType, {
    description:
      'Starts an application: INITIAL, ASPIRANT, LEVEL_CHANGE or RE_REGISTRATION (with `input.reRegistrationRoute`); a draft, or with `submit: true` ' +
      'submitted at once (refused as a whole, nothing stored, when the rules do not allow it). Refused while the leader has another open application.',
  })
  createApplication(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => ApplicationKind) kind: ApplicationKindValue,
    @Arg('input', () => ApplicationInputType) input: ApplicationInputType,
    @Arg('submit', () => Boolean, { defaultValue: false }) submit: boolean,
  ): Promise<ApplicationType> {
    return service(ctx).createDraft(kind, input, submit);
  }

  @Authorized(Role.LEADER)
  @Mutation(() => ApplicationType, { description: 'Changes a draft or returned application.' })
  updateApplication(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ApplicationInputType) input: ApplicationInputType,
  ): Promise<ApplicationType> {
    assertId(id, 'id');
    return service(ctx).updateDraft(id, version, input);
  }

  @Authorized(Role.LEADER)
  @Mutation(() => ApplicationType, { description: 'Submits the application; refused with the reasons when the rules do not allow it.' })
  submitApplication(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<ApplicationType> {
    assertId(id, 'id');
    return service(ctx).submit(id, version);
  }

  @Authorized(Role.LEADER)
  @Mutation(() => ApplicationType)
  withdrawApplication(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<ApplicationType> {
    assertId(id, 'id');
    return service(ctx).withdraw(id, version);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => ApplicationType, { description: 'Returns the application to the leader with a request for information.' })
  returnApplication(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('message', () => String) message: string,
  ): Promise<ApplicationType> {
    assertId(id, 'id');
    return service(ctx).returnForInformation(id, version, message);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => ApplicationType, { description: 'Marks the application complete after the completeness check.' })
  markApplicationComplete(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<ApplicationType> {
    assertId(id, 'id');
    return service(ctx).markComplete(id, version);
  }

  @FieldResolver(() => [EvidenceDocumentType])
  documents(@Root() application: ApplicationType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.applications.documentsByApplicationId.load(application.id);
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @FieldResolver(() => [EvidenceRequirementType], { description: 'The evidence the rules require before the application is complete, each with whether it is uploaded.' })
  async evidence(@Root() application: RegistrationApplication, @Ctx() ctx: RequestContext): Promise<EvidenceRequirementType[]> {
    return evidenceOf(application, (await ctx.loaders.applications.documentsByApplicationId.load(application.id)).length);
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @FieldResolver(() => EligibilityVerdictType, { description: 'What the rules allow today: the title and level to grant, or the reasons why not.' })
  verdict(@Root() application: RegistrationApplication, @Ctx() ctx: RequestContext): Promise<EligibilityVerdictType> {
    return ctx.loaders.applications.verdict.load(application);
  }

  @FieldResolver(() => LeaderSummaryType)
  async leader(@Root() application: ApplicationType, @Ctx() ctx: RequestContext): Promise<LeaderSummaryType> {
    const leader = await ctx.loaders.applications.leaderById.load(application.leaderId);
    if (!leader) throw new AppError('NOT_FOUND', 'Schoolleider niet gevonden.');
    return { id: leader.id, registerNumber: leader.registerNumber, displayName: displayName(leader) };
  }
}
