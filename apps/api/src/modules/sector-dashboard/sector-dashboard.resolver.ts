import { todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { assertId } from '../../database/row-lock';
import { AppError } from '../../http/errors';
import { DateScalar } from '../../schema/date.scalar';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import type { IndicatorTarget } from './indicator-target.entity';
import { IndicatorTargetService, listIndicatorTargets } from './indicator-target.service';
import { IndicatorTargetInput, IndicatorTargetType, SectorDashboardType, StaffThroughputType } from './sector-dashboard.types';
import { sectorDashboard } from './sector-indicators';
import { staffThroughput } from './throughput';

/** Months a series may span: five years. */
export const MAX_DASHBOARD_MONTHS = 60;

/** `months` within 1..{@link MAX_DASHBOARD_MONTHS}, `asOf` (default today in Amsterdam) not in the future. */
export function seriesArgs(asOf: CalendarDate | null | undefined, months: number): { asOf: CalendarDate; months: number } {
  if (!Number.isInteger(months) || months < 1 || months > MAX_DASHBOARD_MONTHS) {
    throw new AppError('BAD_USER_INPUT', `Kies 1 tot en met ${MAX_DASHBOARD_MONTHS} maanden.`, { field: 'months' });
  }
  const today = todayInAmsterdam(new Date());
  if (asOf && asOf > today) throw new AppError('BAD_USER_INPUT', 'Kies een datum tot en met vandaag.', { field: 'asOf' });
  return { asOf: asOf ?? today, months };
}

/** The staff's sector dashboard: indicator 20 against its targets, the register office's throughput, the targets themselves. */
@Resolver()
export class SectorDashboardResolver {
  @Authorized(Role.STAFF)
  @Query(() => SectorDashboardType, {
    description:
      'Indicator 20 of the sector dashboard per month against its targets: the share of enrolled leaders that is registered and the new registrations (staff only). `months` 1..60 ending with the month of `asOf` (default today).',
  })
  sectorDashboard(
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: CalendarDate | null,
    @Arg('months', () => Int, { defaultValue: 24 }) months: number,
  ): Promise<SectorDashboardType> {
    const args = seriesArgs(asOf, months);
    return sectorDashboard(ctx.dataSource, args.asOf, args.months, todayInAmsterdam(new Date()));
  }

  @Authorized(Role.STAFF)
  @Query(() => StaffThroughputType, {
    description: 'Applications submitted and decided per month, days from submission to decision and the committee backlog (staff only). `months` 1..60 ending with the month of `asOf` (default today).',
  })
  staffThroughput(
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: CalendarDate | null,
    @Arg('months', () => Int, { defaultValue: 12 }) months: number,
  ): Promise<StaffThroughputType> {
    const args = seriesArgs(asOf, months);
    return staffThroughput(ctx.dataSource, args.asOf, args.months);
  }

  @Authorized(Role.STAFF)
  @Query(() => [IndicatorTargetType], { description: 'The sector indicators’ targets, by indicator and start (staff only).' })
  indicatorTargets(@Ctx() ctx: RequestContext): Promise<IndicatorTarget[]> {
    return listIndicatorTargets(ctx.dataSource.manager);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => IndicatorTargetType, { description: 'Adds a target for an indicator; audited.' })
  createIndicatorTarget(@Ctx() ctx: RequestContext, @Arg('input', () => IndicatorTargetInput) input: IndicatorTargetInput): Promise<IndicatorTarget> {
    return service(ctx).create(input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => IndicatorTargetType, { description: 'Changes a target (optimistic locking on `version`: a stale one gets CONFLICT); audited.' })
  updateIndicatorTarget(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => IndicatorTargetInput) input: IndicatorTargetInput,
  ): Promise<IndicatorTarget> {
    assertId(id, 'id');
    return service(ctx).update(id, version, input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean, { description: 'Removes a target (optimistic locking on `version`); audited.' })
  deleteIndicatorTarget(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<boolean> {
    assertId(id, 'id');
    return service(ctx).remove(id, version);
  }
}

function service(ctx: RequestContext): IndicatorTargetService {
  return new IndicatorTargetService(ctx.dataSource, ctx.account as Account);
}
