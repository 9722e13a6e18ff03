import { objectionDeadline, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { assertId } from '../../database/row-lock';
import { DateScalar } from '../../schema/date.scalar';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { ApplicationConnectionType, ApplicationType } from '../applications/application.types';
import { keysetPage, PageArgs, type KeysetOrder } from '../../shared/paging';
import { CommitteeMeeting } from './committee-meeting.entity';
import { CommitteeService } from './committee.service';
import { CommitteeMeetingConnectionType, CommitteeMeetingType, DecisionInputType, DecisionType } from './committee.types';

const SOONEST_FIRST: KeysetOrder = { direction: 'ASC', keys: [{ column: 'meeting_date' }, { column: 'id' }] };

function service(ctx: RequestContext): CommitteeService {
  return new CommitteeService(ctx.dataSource, ctx.account as Account, todayInAmsterdam(new Date()));
}

@Resolver(() => CommitteeMeetingType)
export class CommitteeMeetingResolver {
  @Authorized(Role.STAFF, Role.COMMITTEE)
  @Query(() => CommitteeMeetingConnectionType, { description: 'Registration committee meetings from a date (default: today), soonest first.' })
  committeeMeetings(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('from', () => DateScalar, { nullable: true }) from?: CalendarDate | null,
  ): Promise<CommitteeMeetingConnectionType> {
    const query = ctx.dataSource
      .getRepository(CommitteeMeeting)
      .createQueryBuilder('meeting')
      .where("meeting.committee = 'REGISTRATION'")
      .andWhere('meeting.meeting_date >= :from', { from: from ?? todayInAmsterdam(new Date()) });
    return keysetPage(query, SOONEST_FIRST, page);
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @Query(() => CommitteeMeetingType, { nullable: true })
  committeeMeeting(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<CommitteeMeetingType | null> {
    assertId(id, 'id');
    return ctx.loaders.committee.meetingById.load(id);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => CommitteeMeetingType, { description: 'Plans a registration committee meeting (monthly, every 4–6 weeks).' })
  planCommitteeMeeting(
    @Ctx() ctx: RequestContext,
    @Arg('meetingDate', () => DateScalar) meetingDate: CalendarDate,
    @Arg('location', () => String, { nullable: true }) location?: string | null,
  ): Promise<CommitteeMeetingType> {
    return service(ctx).planMeeting(meetingDate, location ?? null);
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @FieldResolver(() => ApplicationConnectionType, { description: 'Applications on the agenda, first submitted first.' })
  agenda(@Root() meeting: CommitteeMeetingType, @Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<ApplicationConnectionType> {
    return ctx.loaders.committee.agendaByMeetingId(page).load(meeting.id);
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @FieldResolver(() => Int, { description: 'Applications on the agenda not yet decided or withdrawn.' })
  openAgendaCount(@Root() meeting: CommitteeMeetingType, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.committee.openAgendaCountByMeetingId.load(meeting.id);
  }
}

/** The committee's side of an application: its meeting and decision, and placing it on a meeting. */
@Resolver(() => ApplicationType)
export class ApplicationCommitteeResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => ApplicationType, { description: 'Places a complete application on a planned committee meeting.' })
  scheduleApplication(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('meetingId', () => ID) meetingId: string,
  ): Promise<ApplicationType> {
    assertId(id, 'id');
    assertId(meetingId, 'meetingId');
    return service(ctx).scheduleApplication(id, version, meetingId);
  }

  @FieldResolver(() => CommitteeMeetingType, { nullable: true, description: 'The meeting that decides it; its date is when to expect the decision.' })
  meeting(@Root() application: ApplicationType, @Ctx() ctx: RequestContext) {
    return application.meetingId ? ctx.loaders.committee.meetingById.load(application.meetingId) : null;
  }

  @FieldResolver(() => DecisionType, { nullable: true })
  decision(@Root() application: ApplicationType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.committee.decisionByApplicationId.load(application.id);
  }
}

@Resolver(() => DecisionType)
export class DecisionResolver {
  @Authorized(Role.COMMITTEE)
  @Mutation(() => DecisionType, { description: 'Decides one scheduled application; approving what the rules forbid needs exceptionJustification.' })
  decideApplication(@Ctx() ctx: RequestContext, @Arg('input', () => DecisionInputType) input: DecisionInputType): Promise<DecisionType> {
    assertId(input.applicationId, 'applicationId');
    return service(ctx).decide(input);
  }

  @Authorized(Role.COMMITTEE)
  @Mutation(() => [DecisionType], { description: "Decides a meeting's agenda in one go: all decisions are recorded, or none." })
  decideAgenda(
    @Ctx() ctx: RequestContext,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('decisions', () => [DecisionInputType]) decisions: DecisionInputType[],
  ): Promise<DecisionType[]> {
    assertId(meetingId, 'meetingId');
    decisions.forEach((decision) => assertId(decision.applicationId, 'applicationId'));
    return service(ctx).decideAgenda(meetingId, decisions);
  }

  @FieldResolver(() => DateScalar, { description: 'Last day to object (decision date + six weeks).' })
  objectionDeadline(@Root() decision: DecisionType): CalendarDate {
    return objectionDeadline(decision.decidedOn);
  }
}
