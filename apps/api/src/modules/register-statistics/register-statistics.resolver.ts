import { COST_MODEL, QUERY_LIMITS, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { Arg, Ctx, Extensions, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { DateScalar } from '../../schema/date.scalar';
import { Public } from '../../schema/public.decorator';
import { MONTHS, RegisterStatisticsService, type StatisticsRoot } from './register-statistics.service';
import { MonthlyRegistrationsType, RegisterStatisticsType } from './register-statistics.types';

@Resolver(() => RegisterStatisticsType)
export class RegisterStatisticsResolver {
  @Public()
  @Extensions({ cost: COST_MODEL.statisticsCost })
  @Query(() => RegisterStatisticsType, {
    description: `The register’s figures on a date (the annual report’s table): enrolment, titles, statuses, re-registrations, deferrals, theme completions and registrations per month, computed from history. Each field’s description gives its definition. Expensive: it costs ${COST_MODEL.statisticsCost} cost points of the ${QUERY_LIMITS.maxCost} a request may cost. A date before 2000-01-01 (reason DATE_OUT_OF_RANGE) or after today (DATE_IN_FUTURE) is refused.`,
  })
  registerStatistics(
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Default: today (Europe/Amsterdam). From 2000-01-01 up to today.' })
    asOf?: CalendarDate | null,
  ): Promise<StatisticsRoot> {
    return new RegisterStatisticsService(ctx.dataSource).statistics(asOf, todayInAmsterdam(new Date()));
  }

  @FieldResolver(() => [MonthlyRegistrationsType], {
    description: `The last \`months\` calendar months ending with the month of \`asOf\`, oldest first (${MONTHS.min}..${MONTHS.max}; absent or null: ${MONTHS.default}; other values: BAD_USER_INPUT).`,
  })
  registrationsPerMonth(
    @Ctx() ctx: RequestContext,
    @Root() root: StatisticsRoot,
    @Arg('months', () => Int, { nullable: true, defaultValue: MONTHS.default }) months: number | null,
  ): Promise<MonthlyRegistrationsType[]> {
    return new RegisterStatisticsService(ctx.dataSource).registrationsPerMonth(root, months);
  }
}
