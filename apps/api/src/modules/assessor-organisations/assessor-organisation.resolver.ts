import { isAssessorOrganisationCertified, todayInAmsterdam } from '@srpo/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { assertId } from '../../database/row-lock';
import { PageArgs } from '../../shared/paging';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import type { AssessorOrganisation } from './assessor-organisation.entity';
import { AssessorOrganisationService, feeScheduleOf } from './assessor-organisation.service';
import {
  AssessorFeeScheduleInput,
  AssessorFeeScheduleType,
  AssessorOrganisationConnectionType,
  AssessorOrganisationInput,
  AssessorOrganisationType,
  AssessorSummaryType,
} from './assessor-organisation.types';

/** Staff certify and keep assessor organisations; leaders choose a certified one; assessors see their own. */
@Resolver(() => AssessorOrganisationType)
export class AssessorOrganisationResolver {
  @Authorized(Role.STAFF)
  @Query(() => AssessorOrganisationConnectionType, { description: 'Assessor organisations by name (staff only); `query` matches words of the name or KvK number.' })
  assessorOrganisations(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('query', () => String, { nullable: true }) query: string | null,
  ): Promise<AssessorOrganisationConnectionType> {
    return service(ctx).list({ ...page, query });
  }

  @Authorized()
  @Query(() => [AssessorOrganisationType], { description: 'The assessor organisations certified today, by name (at most 100): the ones a leader can choose for a portfolio.' })
  certifiedAssessorOrganisations(@Ctx() ctx: RequestContext): Promise<AssessorOrganisation[]> {
    return service(ctx).certifiedOn(todayInAmsterdam(new Date()));
  }

  @Authorized(Role.ASSESSOR)
  @Query(() => AssessorOrganisationType, { description: 'The assessor organisation the signed-in assessor acts for, with its fee schedule.' })
  myAssessorOrganisation(@Ctx() ctx: RequestContext): Promise<AssessorOrganisation> {
    return service(ctx).mine();
  }

  @Authorized(Role.ASSESSOR)
  @Query(() => [AssessorSummaryType], { description: 'The active assessors of the signed-in assessor’s organisation, by name (at most 100): the ones a case can be assigned to.' })
  organisationAssessors(@Ctx() ctx: RequestContext): Promise<AssessorSummaryType[]> {
    return service(ctx).ownAssessors();
  }

  @Authorized(Role.STAFF)
  @Mutation(() => AssessorOrganisationType, {
    description: 'Adds an assessor organisation with its certification period and fee schedule (KVK_NUMBER_INVALID, CERTIFICATION_PERIOD_REVERSED, ASSESSOR_FEE_OUT_OF_RANGE; ALREADY_EXISTS for a KvK number in use).',
  })
  createAssessorOrganisation(@Ctx() ctx: RequestContext, @Arg('input', () => AssessorOrganisationInput) input: AssessorOrganisationInput): Promise<AssessorOrganisation> {
    return service(ctx).create(input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => AssessorOrganisationType, { description: 'Changes an assessor organisation, its certification period or fees (optimistic locking on `version`); audited.' })
  updateAssessorOrganisation(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => AssessorOrganisationInput) input: AssessorOrganisationInput,
  ): Promise<AssessorOrganisation> {
    assertId(id, 'id');
    return service(ctx).update(id, version, input);
  }

  @Authorized(Role.ASSESSOR)
  @Mutation(() => AssessorOrganisationType, { description: 'The signed-in assessor’s organisation changes its own fee schedule (optimistic locking on `version`); applies to cases from then on.' })
  updateMyFeeSchedule(
    @Ctx() ctx: RequestContext,
    @Arg('version', () => Int) version: number,
    @Arg('feeSchedule', () => AssessorFeeScheduleInput) feeSchedule: AssessorFeeScheduleInput,
  ): Promise<AssessorOrganisation> {
    return service(ctx).updateMyFeeSchedule(version, feeSchedule);
  }

  @FieldResolver(() => Boolean, { description: 'Whether today (Amsterdam) lies in the certification period.' })
  certifiedToday(@Root() organisation: AssessorOrganisation): boolean {
    return isAssessorOrganisationCertified(organisation, todayInAmsterdam(new Date()));
  }

  @FieldResolver(() => AssessorFeeScheduleType)
  feeSchedule(@Root() organisation: AssessorOrganisation): AssessorFeeScheduleType {
    return feeScheduleOf(organisation);
  }
}

function service(ctx: RequestContext): AssessorOrganisationService {
  return new AssessorOrganisationService(ctx.dataSource, ctx.account as Account);
}
