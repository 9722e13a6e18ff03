import {
  checkPeerGroupConfirmable,
  checkPeerSignUpOpen,
  checkReflectionSubmission,
  displayName,
  reflectionDeadline,
  rulesOn,
  type CalendarDate,
  type PeerGroup,
} from '@srpo/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { AppError } from '../../http/errors';
import { DateScalar } from '../../schema/date.scalar';
import { PageArgs } from '../../shared/paging';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { LeaderSummaryType } from '../applications/application.types';
import { RuleReasonType } from '../theme-progress/theme-progress.types';
import { ThemeType } from '../themes/theme.types';
import type { PeerGroupMember, PeerGroupRow, PeerSession, PeerSignUp } from './peer-validation.entity';
import { mayFacilitate, MY_SIGN_UPS_LIMIT, OPEN_SESSIONS_LIMIT, PeerValidationService, sessionDateOf } from './peer-validation.service';
import {
  MyPeerValidationType,
  PeerFacilitatorType,
  PeerGroupMemberType,
  PeerGroupType,
  PeerOutcome,
  PeerPartnerType,
  PeerReflectionStatusType,
  PeerSessionConnectionType,
  PeerSessionType,
  PeerSignUpEntryType,
  PeerSignUpStatus,
  PublishPeerSessionInput,
  SubmitPeerReflectionInput,
  type PeerSignUpStatusValue,
} from './peer-validation.types';

function service(ctx: RequestContext): PeerValidationService {
  return new PeerValidationService(ctx.dataSource, ctx.account as Account);
}

function loaders(ctx: RequestContext) {
  return ctx.loaders.peerValidation;
}

async function sessionOf(ctx: RequestContext, sessionId: string): Promise<PeerSession> {
  return (await loaders(ctx).sessionById.load(sessionId))!;
}

async function themeOf(ctx: RequestContext, themeId: string): Promise<ThemeType> {
  return (await loaders(ctx).themeById.load(themeId))!;
}

async function leaderSummary(ctx: RequestContext, leaderId: string): Promise<LeaderSummaryType> {
  const leader = await ctx.loaders.applications.leaderById.load(leaderId);
  return { id: leaderId, registerNumber: leader?.registerNumber ?? '', displayName: leader ? displayName(leader) : '' };
}

/** A group as the domain's timing rules see it (members by leader id). */
function timingGroup(session: PeerSession, group: Pick<PeerGroupRow, 'facilitatorAccountId'>, members: readonly PeerGroupMember[]): PeerGroup {
  return {
    sessionDate: sessionDateOf(session),
    sessionEndsAt: session.endsAt,
    facilitatorId: group.facilitatorAccountId,
    participants: members.map((member) => ({ leaderId: member.leaderId, boardId: null, themeCode: null })),
  };
}

/** Each reflection `authorId` owes the other members: handed in when, if at all. */
async function reflectionsBy(ctx: RequestContext, groupId: string, authorId: string): Promise<PeerReflectionStatusType[]> {
  const [members, reflections] = await Promise.all([loaders(ctx).membersByGroupId.load(groupId), loaders(ctx).reflectionsByGroupId.load(groupId)]);
  return Promise.all(
    members
      .filter((member) => member.leaderId !== authorId)
      .map(async (member) => ({
        subjectLeaderId: member.leaderId,
        subjectName: (await leaderSummary(ctx, member.leaderId)).displayName,
        submittedAt: reflections.find((row) => row.authorLeaderId === authorId && row.subjectLeaderId === member.leaderId)?.submittedAt ?? null,
      })),
  );
}

@Resolver(() => PeerSessionType)
export class PeerSessionResolver {
  @Authorized(Role.STAFF)
  @Query(() => PeerSessionConnectionType, { description: 'Peer-validation sessions: upcoming ones (not yet ended) soonest first, or all latest first.' })
  peerSessions(
    @Ctx() ctx: RequestContext,
    @Arg('upcoming', () => Boolean, { nullable: true, description: 'Only sessions that have not ended (default: all).' }) upcoming: boolean | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<PeerSessionConnectionType> {
    return service(ctx).sessions(upcoming ?? false, page);
  }

  @Authorized(Role.STAFF, Role.ASSESSOR)
  @Query(() => PeerSessionConnectionType, { description: 'The sessions the signed-in account facilitates, latest first.' })
  facilitatedPeerSessions(@Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<PeerSessionConnectionType> {
    return service(ctx).facilitated(page);
  }

  @Authorized(Role.STAFF, Role.ASSESSOR)
  @Query(() => PeerSessionType, { description: 'One session, for staff or its facilitator (NOT_FOUND for anyone else).' })
  peerSession(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<PeerSessionType> {
    return service(ctx).session(id);
  }

  @Authorized(Role.LEADER)
  @Query(() => [PeerSessionType], {
    description: `Sessions the signed-in leader can sign up for: published, not started, places left; soonest first, at most ${OPEN_SESSIONS_LIMIT}.`,
  })
  openPeerSessions(@Ctx() ctx: RequestContext): Promise<PeerSessionType[]> {
    return service(ctx).openSessions();
  }

  @Authorized(Role.STAFF)
  @Mutation(() => PeerSessionType, { description: 'Publishes a session: in the future, places a multiple of three, a STAFF or ASSESSOR facilitator.' })
  publishPeerSession(@Ctx() ctx: RequestContext, @Arg('input', () => PublishPeerSessionInput) input: PublishPeerSessionInput): Promise<PeerSessionType> {
    return service(ctx).publish(input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => PeerSessionType, {
    description: 'Forms the trios (leaders of different boards preferred; the last n mod 3 sign-ups are not placed) and writes every participant a letter.',
  })
  formPeerGroups(@Ctx() ctx: RequestContext, @Arg('sessionId', () => ID) sessionId: string, @Arg('version', () => Int) version: number): Promise<PeerSessionType> {
    return service(ctx).formGroups(sessionId, version);
  }

  @FieldResolver(() => PeerFacilitatorType)
  async facilitator(@Root() session: PeerSession, @Ctx() ctx: RequestContext): Promise<PeerFacilitatorType> {
    const account = await loaders(ctx).accountById.load(session.facilitatorAccountId);
    return { id: session.facilitatorAccountId, displayName: account?.displayName ?? '' };
  }

  @FieldResolver(() => DateScalar, { description: 'The day of the session (Amsterdam): a credited theme is completed on this date.' })
  sessionDate(@Root() session: PeerSession): CalendarDate {
    return sessionDateOf(session);
  }

  @FieldResolver(() => Int, { description: 'Leaders signed up.' })
  signUpCount(@Root() session: PeerSession, @Ctx() ctx: RequestContext): Promise<number> {
    return loaders(ctx).signUpCountBySessionId.load(session.id);
  }

  @FieldResolver(() => Int, { description: 'Places still free.' })
  async placesLeft(@Root() session: PeerSession, @Ctx() ctx: RequestContext): Promise<number> {
    return Math.max(0, session.capacity - (await loaders(ctx).signUpCountBySessionId.load(session.id)));
  }

  @Authorized(Role.STAFF, Role.ASSESSOR)
  @FieldResolver(() => [PeerSignUpEntryType], { description: 'Who signed up, first come first; at most the capacity (staff and the facilitator).' })
  async signUps(@Root() session: PeerSession, @Ctx() ctx: RequestContext): Promise<PeerSignUpEntryType[]> {
    if (!mayFacilitate(ctx.account as Account, session)) throw new AppError('NOT_FOUND', 'Deze bijeenkomst bestaat niet (meer).');
    return (await loaders(ctx).signUpsBySessionId.load(session.id)).map((signUp) => ({ ...signUp, signedUpAt: signUp.createdAt }));
  }

  @Authorized(Role.STAFF, Role.ASSESSOR)
  @FieldResolver(() => [PeerGroupType], { description: 'The trios, once formed (staff and the facilitator).' })
  async groups(@Root() session: PeerSession, @Ctx() ctx: RequestContext): Promise<PeerGroupType[]> {
    if (!mayFacilitate(ctx.account as Account, session)) throw new AppError('NOT_FOUND', 'Deze bijeenkomst bestaat niet (meer).');
    return loaders(ctx).groupsBySessionId.load(session.id);
  }
}

@Resolver(() => PeerSignUpEntryType)
export class PeerSignUpEntryResolver {
  @FieldResolver(() => LeaderSummaryType)
  leader(@Root() entry: PeerSignUpEntryType, @Ctx() ctx: RequestContext): Promise<LeaderSummaryType> {
    return leaderSummary(ctx, entry.leaderId);
  }

  @FieldResolver(() => ThemeType)
  theme(@Root() entry: PeerSignUpEntryType, @Ctx() ctx: RequestContext): Promise<ThemeType> {
    return themeOf(ctx, entry.themeId);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether a trio took this leader; null until the groups are formed.' })
  async placed(@Root() entry: PeerSignUpEntryType, @Ctx() ctx: RequestContext): Promise<boolean | null> {
    const session = await sessionOf(ctx, entry.sessionId);
    if (session.state !== 'GROUPED') return null;
    return (await loaders(ctx).memberBySignUpId.load(entry.id)) !== null;
  }
}

@Resolver(() => PeerGroupType)
export class PeerGroupResolver {
  @Authorized(Role.STAFF, Role.ASSESSOR)
  @Query(() => PeerGroupType, { description: 'One trio with its reflection status, for staff or its facilitator (NOT_FOUND for anyone else).' })
  peerGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<PeerGroupType> {
    return service(ctx).group(id);
  }

  @Authorized(Role.STAFF, Role.ASSESSOR)
  @Mutation(() => PeerGroupType, {
    description:
      'The facilitator (or staff) confirms the trio after the session: members with all reflections on time get their theme credited on the session date; the others are not credited, with the reasons. Letters with the objection line.',
  })
  confirmPeerGroup(@Ctx() ctx: RequestContext, @Arg('groupId', () => ID) groupId: string, @Arg('version', () => Int) version: number): Promise<PeerGroupType> {
    return service(ctx).confirm(groupId, version);
  }

  @FieldResolver(() => PeerSessionType)
  session(@Root() group: PeerGroupRow, @Ctx() ctx: RequestContext): Promise<PeerSessionType> {
    return sessionOf(ctx, group.sessionId);
  }

  @FieldResolver(() => [PeerGroupMemberType], { description: 'The three members, in the order they were placed.' })
  members(@Root() group: PeerGroupRow, @Ctx() ctx: RequestContext): Promise<PeerGroupMemberType[]> {
    return loaders(ctx).membersByGroupId.load(group.id);
  }

  @FieldResolver(() => GraphQLISODateTime, { description: 'The last moment a closing reflection is on time: 48 hours after the session.' })
  async reflectionDeadline(@Root() group: PeerGroupRow, @Ctx() ctx: RequestContext): Promise<Date> {
    const session = await sessionOf(ctx, group.sessionId);
    return reflectionDeadline(session.endsAt, rulesOn(sessionDateOf(session)));
  }

  @FieldResolver(() => RuleReasonType, { nullable: true, description: 'Why the group cannot be confirmed now (null when it can, or is confirmed).' })
  async confirmRefusal(@Root() group: PeerGroupRow, @Ctx() ctx: RequestContext): Promise<RuleReasonType | null> {
    if (group.confirmedOn !== null) return null;
    const [session, members, reflections] = await Promise.all([
      sessionOf(ctx, group.sessionId),
      loaders(ctx).membersByGroupId.load(group.id),
      loaders(ctx).reflectionsByGroupId.load(group.id),
    ]);
    const check = checkPeerGroupConfirmable(
      timingGroup(session, group, members),
      reflections.map((row) => ({ authorId: row.authorLeaderId, subjectId: row.subjectLeaderId, submittedAt: row.submittedAt })),
      new Date(),
      rulesOn(sessionDateOf(session)),
    );
    return check.ok ? null : check.reasons[0]!;
  }
}

@Resolver(() => PeerGroupMemberType)
export class PeerGroupMemberResolver {
  @FieldResolver(() => LeaderSummaryType)
  leader(@Root() member: PeerGroupMember, @Ctx() ctx: RequestContext): Promise<LeaderSummaryType> {
    return leaderSummary(ctx, member.leaderId);
  }

  @FieldResolver(() => ThemeType)
  async theme(@Root() member: PeerGroupMember, @Ctx() ctx: RequestContext): Promise<ThemeType> {
    return themeOf(ctx, (await loaders(ctx).signUpById.load(member.signUpId))!.themeId);
  }

  @FieldResolver(() => [PeerReflectionStatusType], { description: "This member's reflections on the other two." })
  reflections(@Root() member: PeerGroupMember, @Ctx() ctx: RequestContext): Promise<PeerReflectionStatusType[]> {
    return reflectionsBy(ctx, member.groupId, member.leaderId);
  }

  @FieldResolver(() => [RuleReasonType], { description: 'Why the theme was not credited (empty otherwise), in Dutch.' })
  outcomeReasons(@Root() member: PeerGroupMember): RuleReasonType[] {
    return member.outcomeReasons ?? [];
  }
}

@Resolver(() => PeerPartnerType)
export class PeerPartnerResolver {
  @FieldResolver(() => ThemeType)
  theme(@Root() partner: PeerPartnerType, @Ctx() ctx: RequestContext): Promise<ThemeType> {
    return themeOf(ctx, partner.themeId);
  }
}

@Resolver(() => MyPeerValidationType)
export class MyPeerValidationResolver {
  @Authorized(Role.LEADER)
  @Query(() => [MyPeerValidationType], {
    description: `The signed-in leader's sign-ups for peer validation, latest session first (at most ${MY_SIGN_UPS_LIMIT}), with trio, reflections and outcome.`,
  })
  async myPeerValidations(@Ctx() ctx: RequestContext): Promise<MyPeerValidationType[]> {
    return (await service(ctx).mySignUps()).map(mine);
  }

  @Authorized(Role.LEADER)
  @Mutation(() => MyPeerValidationType, { description: 'Signs up for a session with one theme (not when full, started or grouped; one open session per theme).' })
  async signUpForPeerSession(
    @Ctx() ctx: RequestContext,
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('themeId', () => ID) themeId: string,
  ): Promise<MyPeerValidationType> {
    return mine(await service(ctx).signUp(sessionId, themeId));
  }

  @Authorized(Role.LEADER)
  @Mutation(() => ID, { description: 'Withdraws the sign-up for a session before the trios are formed; returns the withdrawn sign-up’s id.' })
  async cancelPeerSignUp(@Ctx() ctx: RequestContext, @Arg('sessionId', () => ID) sessionId: string): Promise<string> {
    return (await service(ctx).cancel(sessionId)).id;
  }

  @Authorized(Role.LEADER)
  @Mutation(() => MyPeerValidationType, {
    description: 'Hands in a closing reflection on another member of the trio: after the session, within 48 hours (later: PEER_REFLECTION_LATE), once per member.',
  })
  async submitPeerReflection(@Ctx() ctx: RequestContext, @Arg('input', () => SubmitPeerReflectionInput) input: SubmitPeerReflectionInput): Promise<MyPeerValidationType> {
    return mine(await service(ctx).submitReflection(input.groupId, input.subjectLeaderId, input.text));
  }

  @FieldResolver(() => PeerSessionType)
  session(@Root() mine: MyPeerValidationType, @Ctx() ctx: RequestContext): Promise<PeerSessionType> {
    return sessionOf(ctx, mine.sessionId);
  }

  @FieldResolver(() => ThemeType)
  theme(@Root() mine: MyPeerValidationType, @Ctx() ctx: RequestContext): Promise<ThemeType> {
    return themeOf(ctx, mine.themeId);
  }

  @FieldResolver(() => PeerSignUpStatus)
  async status(@Root() mine: MyPeerValidationType, @Ctx() ctx: RequestContext): Promise<PeerSignUpStatusValue> {
    const member = await loaders(ctx).memberBySignUpId.load(mine.id);
    if (member) return member.outcome ?? 'PLACED';
    return (await sessionOf(ctx, mine.sessionId)).state === 'GROUPED' ? 'NOT_PLACED' : 'SIGNED_UP';
  }

  @FieldResolver(() => Boolean, { description: 'Whether the sign-up can still be withdrawn (the session has not started and is not grouped).' })
  async cancellable(@Root() mine: MyPeerValidationType, @Ctx() ctx: RequestContext): Promise<boolean> {
    return checkPeerSignUpOpen(await sessionOf(ctx, mine.sessionId), new Date()).ok;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The trio, once placed.' })
  async groupId(@Root() mine: MyPeerValidationType, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await loaders(ctx).memberBySignUpId.load(mine.id))?.groupId ?? null;
  }

  @FieldResolver(() => [PeerPartnerType], { description: 'The two other members of the trio: names and themes only (empty until placed).' })
  async partners(@Root() mine: MyPeerValidationType, @Ctx() ctx: RequestContext): Promise<PeerPartnerType[]> {
    const member = await loaders(ctx).memberBySignUpId.load(mine.id);
    if (!member) return [];
    const others = (await loaders(ctx).membersByGroupId.load(member.groupId)).filter((other) => other.id !== member.id);
    return Promise.all(
      others.map(async (other) => ({
        leaderId: other.leaderId,
        displayName: (await leaderSummary(ctx, other.leaderId)).displayName,
        themeId: (await loaders(ctx).signUpById.load(other.signUpId))!.themeId,
      })),
    );
  }

  @FieldResolver(() => GraphQLISODateTime, { nullable: true, description: 'The last moment a closing reflection is on time (48 hours after the session); null until placed.' })
  async reflectionDeadline(@Root() mine: MyPeerValidationType, @Ctx() ctx: RequestContext): Promise<Date | null> {
    if (!(await loaders(ctx).memberBySignUpId.load(mine.id))) return null;
    const session = await sessionOf(ctx, mine.sessionId);
    return reflectionDeadline(session.endsAt, rulesOn(sessionDateOf(session)));
  }

  @FieldResolver(() => Boolean, { description: 'Whether reflections can be handed in now: placed, the session has ended, within 48 hours, not yet confirmed.' })
  async reflectionOpen(@Root() mine: MyPeerValidationType, @Ctx() ctx: RequestContext): Promise<boolean> {
    const member = await loaders(ctx).memberBySignUpId.load(mine.id);
    if (!member) return false;
    const [session, group, members] = await Promise.all([
      sessionOf(ctx, mine.sessionId),
      loaders(ctx).groupsBySessionId.load(mine.sessionId).then((groups) => groups.find((row) => row.id === member.groupId)!),
      loaders(ctx).membersByGroupId.load(member.groupId),
    ]);
    const subject = members.find((other) => other.id !== member.id);
    if (group.confirmedOn !== null || !subject) return false;
    return checkReflectionSubmission(timingGroup(session, group, members), mine.leaderId, subject.leaderId, new Date(), rulesOn(sessionDateOf(session))).ok;
  }

  @FieldResolver(() => [PeerReflectionStatusType], { description: 'The reflections the leader owes the two others: handed in when, if at all.' })
  async reflections(@Root() mine: MyPeerValidationType, @Ctx() ctx: RequestContext): Promise<PeerReflectionStatusType[]> {
    const member = await loaders(ctx).memberBySignUpId.load(mine.id);
    return member ? reflectionsBy(ctx, member.groupId, mine.leaderId) : [];
  }

  @FieldResolver(() => PeerOutcome, { nullable: true, description: 'CREDITED or NOT_CREDITED once the facilitator confirmed; null before.' })
  async outcome(@Root() mine: MyPeerValidationType, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await loaders(ctx).memberBySignUpId.load(mine.id))?.outcome ?? null;
  }

  @FieldResolver(() => [RuleReasonType], { description: 'Why the theme was not credited, in Dutch (empty otherwise).' })
  async outcomeReasons(@Root() mine: MyPeerValidationType, @Ctx() ctx: RequestContext): Promise<RuleReasonType[]> {
    return (await loaders(ctx).memberBySignUpId.load(mine.id))?.outcomeReasons ?? [];
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'When the facilitator confirmed the trio (the decision date for an objection).' })
  async confirmedOn(@Root() mine: MyPeerValidationType, @Ctx() ctx: RequestContext): Promise<CalendarDate | null> {
    const member = await loaders(ctx).memberBySignUpId.load(mine.id);
    if (!member) return null;
    return (await loaders(ctx).groupsBySessionId.load(mine.sessionId)).find((group) => group.id === member.groupId)?.confirmedOn ?? null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The decision to object to (kind PEER_VALIDATION), once confirmed.' })
  async decisionId(@Root() mine: MyPeerValidationType, @Ctx() ctx: RequestContext): Promise<string | null> {
    const member = await loaders(ctx).memberBySignUpId.load(mine.id);
    return member?.outcome ? member.id : null;
  }
}

function mine(signUp: PeerSignUp): MyPeerValidationType {
  return { id: signUp.id, signedUpAt: signUp.createdAt, sessionId: signUp.sessionId, themeId: signUp.themeId, leaderId: signUp.leaderId };
}

export const peerValidationResolvers = [
  PeerSessionResolver,
  PeerSignUpEntryResolver,
  PeerGroupResolver,
  PeerGroupMemberResolver,
  PeerPartnerResolver,
  MyPeerValidationResolver,
] as const;
