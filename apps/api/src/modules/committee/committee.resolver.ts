import { objectionDeadline, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MoreThanOrEqual } from 'typeorm';
import type { RequestContext } from '../../context';
import { assertId } from '../../database/row-lock';
import { DateScalar } from '../../schema/date.scalar';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { ApplicationType } from '../applications/application.types';
import { RegistrationApplication } from '../applications/registration-application.entity';
import { CommitteeMeeting } from './committee-meeting.entity';
import { CommitteeService } from './committee.service';
import { CommitteeMeetingType, DecisionInputType, DecisionType, ObjectionType } from './committee.types';

function service(ctx: RequestContext): CommitteeService {
  return new CommitteeService(ctx.dataSource, ctx.account as Account, todayInAmsterdam(new Date()));
}

@Resolver(() => CommitteeMeetingType)
export class CommitteeMeetingResolver {
  @Authorized(Role.STAFF, Role.COMMITTEE)
  @Query(() => [CommitteeMeetingType], { description: 'Registration committee meetings from a date (default: today), soonest first.' })
  committeeMeetings(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => DateScalar, { nullable: true }) from?: CalendarDate | null,
  ): Promise<CommitteeMeetingType[]> {
    return ctx.dataSource.getRepository(CommitteeMeeting).find({
      where: { committee: 'REGISTRATION', meetingDate: MoreThanOrEqual(from ?? todayInAmsterdam(new Date())) },
      order: { meetingDate: 'ASC' },
    });
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @Query(() => CommitteeMeetingType, { nullable: true })
  committeeMeeting(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<CommitteeMeetingType | null> {
    assertId(id, 'id');
    return ctx.loaders.applications.meetingById.load(id);
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
  @FieldResolver(() => [ApplicationType], { description: 'Applications on the agenda.' })
  agenda(@Root() meeting: CommitteeMeetingType, @Ctx() ctx: RequestContext): Promise<ApplicationType[]> {
    return ctx.dataSource.getRepository(RegistrationApplication).find({ where: { meetingId: meeting.id }, order: { submittedAt: 'ASC' } });
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

  @Authorized(Role.LEADER)
  @Mutation(() => ObjectionType, { description: 'Objects to a decision on your own application, within six weeks.' })
  fileObjection(
    @Ctx() ctx: RequestContext,
    @Arg('decisionId', () => ID) decisionId: string,
    @Arg('grounds', () => String) grounds: string,
  ): Promise<ObjectionType> {
    assertId(decisionId, 'decisionId');
    return service(ctx).fileObjection(decisionId, grounds) as Promise<ObjectionType>;
  }

  @Authorized(Role.COMMITTEE)
  @Mutation(() => ObjectionType, { description: 'Decides an objection: upheld (gegrond) or dismissed (ongegrond), with reasons.' })
  decideObjection(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('upheld', () => Boolean) upheld: boolean,
    @Arg('reasons', () => String) reasons: string,
  ): Promise<ObjectionType> {
    assertId(id, 'id');
    return service(ctx).decideObjection(id, version, upheld, reasons) as Promise<ObjectionType>;
  }

  @FieldResolver(() => DateScalar, { description: 'Last day to object (decision date + six weeks).' })
  objectionDeadline(@Root() decision: DecisionType): CalendarDate {
    return objectionDeadline(decision.decidedOn);
  }

  @FieldResolver(() => [ObjectionType])
  objections(@Root() decision: DecisionType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.applications.objectionsByDecisionId.load(decision.id);
  }
}
