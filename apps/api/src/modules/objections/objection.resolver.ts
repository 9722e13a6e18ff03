import { objectionDeadline, todayInAmsterdam, type ObjectionDecisionKind as ObjectionDecisionKindValue } from '@srpo/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { assertId } from '../../database/row-lock';
import { keysetPage, PageArgs, type KeysetOrder } from '../../shared/paging';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { DecisionType } from '../committee/committee.types';
import { CompletionType } from '../completions/completion.types';
import { DataRequestType } from '../data-requests/data-request.types';
import { DeferralRequestType } from '../deferrals/deferral.types';
import { CertificationType } from '../offerings/offering.types';
import { MyPeerValidationType } from '../peer-validation/peer-validation.types';
import { PortfolioCaseType } from '../portfolio-cases/portfolio-case.types';
import { Objection, type ObjectionStatus as ObjectionStatusValue } from './objection.entity';
import { ObjectionService } from './objection.service';
import { ObjectedDecisionType, ObjectionConnectionType, ObjectionCountType, ObjectionDecisionKind, ObjectionStatus, ObjectionType } from './objection.types';

const OLDEST_FIRST: KeysetOrder = { direction: 'ASC', keys: [{ column: 'created_at' }, { column: 'id' }] };

function service(ctx: RequestContext): ObjectionService {
  return new ObjectionService(ctx.dataSource, ctx.account as Account, todayInAmsterdam(new Date()));
}

@Resolver(() => ObjectionType)
export class ObjectionResolver {
  @Authorized(Role.STAFF, Role.COMMITTEE)
  @Query(() => ObjectionConnectionType, { description: 'Objections against decisions of any kind, oldest first: by default those still to decide.' })
  objections(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => [ObjectionStatus], { defaultValue: [ObjectionStatus.FILED] }) status: ObjectionStatusValue[],
    @Arg('decisionKind', () => [ObjectionDecisionKind], { nullable: true, description: 'Only these kinds of decision (default: all).' })
    decisionKind?: ObjectionDecisionKindValue[] | null,
  ): Promise<ObjectionConnectionType> {
    const query = ctx.dataSource.getRepository(Objection).createQueryBuilder('objection').where('objection.status IN (:...status)', { status: status.length ? status : ['FILED'] });
    if (decisionKind?.length) query.andWhere('objection.decision_kind IN (:...decisionKind)', { decisionKind });
    return keysetPage(query, OLDEST_FIRST, page);
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @Query(() => [ObjectionCountType], { description: 'Objections still to decide, counted per kind of decision (every kind, also when none).' })
  async openObjectionCounts(@Ctx() ctx: RequestContext): Promise<ObjectionCountType[]> {
    const rows = (await ctx.dataSource.query(`SELECT decision_kind, count(*)::int AS count FROM objection WHERE status = 'FILED' GROUP BY decision_kind`)) as {
      decision_kind: ObjectionDecisionKindValue;
      count: number;
    }[];
    return Object.values(ObjectionDecisionKind).map((kind) => ({ decisionKind: kind, count: rows.find((row) => row.decision_kind === kind)?.count ?? 0 }));
  }

  @Authorized(Role.LEADER, Role.PROVIDER, Role.BOARD)
  @Mutation(() => ObjectionType, {
    description:
      'Objects to a decision within six weeks: a leader to a decision on their own application, deferral request, certificate or portfolio outcome (decisionId: the portfolio case); a provider or board to the certification of its offering.',
  })
  fileObjection(
    @Ctx() ctx: RequestContext,
    @Arg('decisionId', () => ID) decisionId: string,
    @Arg('grounds', () => String) grounds: string,
    @Arg('decisionKind', () => ObjectionDecisionKind, { defaultValue: ObjectionDecisionKind.APPLICATION }) decisionKind: ObjectionDecisionKindValue,
  ): Promise<ObjectionType> {
    assertId(decisionId, 'decisionId');
    return service(ctx).file(decisionKind, decisionId, grounds);
  }

  @Authorized(Role.COMMITTEE)
  @Mutation(() => ObjectionType, { description: 'Decides an objection: upheld (gegrond: the decision is reopened and taken again) or dismissed (ongegrond), with reasons.' })
  decideObjection(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('upheld', () => Boolean) upheld: boolean,
    @Arg('reasons', () => String) reasons: string,
  ): Promise<ObjectionType> {
    assertId(id, 'id');
    return service(ctx).decide(id, version, upheld, reasons);
  }

  @FieldResolver(() => ObjectedDecisionType, { nullable: true, description: 'The decision objected to.' })
  async decision(@Root() objection: Objection, @Ctx() ctx: RequestContext): Promise<ObjectedDecisionType | null> {
    const decision = await ctx.loaders.objections.decisionOf.load(objection);
    return decision && { ...decision, objectionDeadline: decision.decidedOn ? objectionDeadline(decision.decidedOn) : null };
  }
}

/** `objections` on every decision type, for the party (and officers) to see what was filed and how it ended. */
const OBJECTIONS_FIELD = { description: 'Objections against this decision, first filed first (one pending at a time, only within six weeks).' };

@Resolver(() => DecisionType)
export class DecisionObjectionsResolver {
  @FieldResolver(() => [ObjectionType], OBJECTIONS_FIELD)
  objections(@Root() decision: DecisionType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.objections.objectionsOf('APPLICATION', decision.id);
  }
}

@Resolver(() => DeferralRequestType)
export class DeferralObjectionsResolver {
  @FieldResolver(() => [ObjectionType], OBJECTIONS_FIELD)
  objections(@Root() request: DeferralRequestType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.objections.objectionsOf('DEFERRAL', request.id);
  }
}

@Resolver(() => CertificationType)
export class CertificationObjectionsResolver {
  @FieldResolver(() => [ObjectionType], OBJECTIONS_FIELD)
  objections(@Root() certification: CertificationType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.objections.objectionsOf('CERTIFICATION', certification.id);
  }
}

@Resolver(() => CompletionType)
export class CertificateObjectionsResolver {
  @FieldResolver(() => [ObjectionType], OBJECTIONS_FIELD)
  objections(@Root() completion: CompletionType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.objections.objectionsOf('CERTIFICATE_VERIFICATION', completion.id);
  }
}

@Resolver(() => PortfolioCaseType)
export class PortfolioCaseObjectionsResolver {
  @FieldResolver(() => [ObjectionType], { description: 'Objections against the outcome of this case, first filed first (one pending at a time, only within six weeks).' })
  objections(@Root() portfolioCase: PortfolioCaseType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.objections.objectionsOf('PORTFOLIO_OUTCOME', portfolioCase.id);
  }
}

@Resolver(() => MyPeerValidationType)
export class PeerValidationObjectionsResolver {
  @FieldResolver(() => [ObjectionType], { description: 'Objections against this peer-validation outcome, first filed first (one pending at a time, only within six weeks).' })
  async objections(@Root() mine: MyPeerValidationType, @Ctx() ctx: RequestContext) {
    // The decision is the leader's place in the trio (decisionId), which exists once placed.
    const member = await ctx.loaders.peerValidation.memberBySignUpId.load(mine.id);
    return member ? ctx.loaders.objections.objectionsOf('PEER_VALIDATION', member.id) : [];
  }
}

@Resolver(() => DataRequestType)
export class DataRequestObjectionsResolver {
  @FieldResolver(() => [ObjectionType], OBJECTIONS_FIELD)
  objections(@Root() request: DataRequestType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.objections.objectionsOf('DATA_REQUEST', request.id);
  }
}

export const objectionResolvers = [
  ObjectionResolver,
  DecisionObjectionsResolver,
  DeferralObjectionsResolver,
  CertificationObjectionsResolver,
  CertificateObjectionsResolver,
  PortfolioCaseObjectionsResolver,
  PeerValidationObjectionsResolver,
  DataRequestObjectionsResolver,
] as const;
