import { SectorIndicator, type CalendarDate } from '@srpo/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../schema/date.scalar';

registerEnumType(SectorIndicator, {
  name: 'SectorIndicator',
  description:
    'An indicator of the sector dashboard (seed 002, indicator 20 "aandeel schoolleiders dat is geregistreerd"): REGISTERED_SHARE (percentage of enrolled leaders that is registered, at month end) or MONTHLY_REGISTRATIONS (leaders registered for the first time in the month).',
});

@ObjectType('IndicatorTarget', { description: 'The value an indicator should reach in the months of a period; kept by staff (one target per indicator per month).' })
export class IndicatorTargetType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => SectorIndicator)
  indicator: SectorIndicator;

  @Field(() => Float, { description: 'A percentage (0–100, one decimal) for REGISTERED_SHARE, a whole number for MONTHLY_REGISTRATIONS.' })
  value: number;

  @Field(() => DateScalar, { description: 'First day of the period; the target applies to the months whose first day lies in it.' })
  validFrom: CalendarDate;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the period (inclusive); null = open-ended.' })
  validUntil: CalendarDate | null;
}

@InputType('IndicatorTargetInput', {
  description:
    'A target (INDICATOR_TARGET_SHARE_OUT_OF_RANGE, INDICATOR_TARGET_COUNT_OUT_OF_RANGE, INDICATOR_TARGET_PERIOD_REVERSED; INDICATOR_TARGET_OVERLAPS when the indicator already has a target in that period).',
})
export class IndicatorTargetInput {
  @Field(() => SectorIndicator)
  indicator: SectorIndicator;

  @Field(() => Float)
  value: number;

  @Field(() => DateScalar)
  validFrom: CalendarDate;

  @Field(() => DateScalar, { nullable: true })
  validUntil?: CalendarDate | null;
}

@ObjectType('SectorIndicatorMonth', { description: 'Indicator 20 for one month, beside the targets that apply to it.' })
export class SectorIndicatorMonthType {
  @Field(() => DateScalar, { description: 'First day of the month.' })
  month: CalendarDate;

  @Field(() => Int, { description: 'Leaders enrolled ("ingeschreven") at the end of the month (or on `asOf` for its month), as `registerStatistics.enrolledLeaders` counts them.' })
  enrolledLeaders: number;

  @Field(() => Int, { description: 'Leaders registered at the end of the month (or on `asOf`), as `registerStatistics.registeredLeaders` counts them.' })
  registeredLeaders: number;

  @Field(() => Float, { nullable: true, description: 'registeredLeaders as a percentage of enrolledLeaders, one decimal; null when no leader was enrolled.' })
  registeredShare: number | null;

  @Field(() => Float, { nullable: true, description: 'The REGISTERED_SHARE target for the month; null when none applies.' })
  registeredShareTarget: number | null;

  @Field(() => Int, { description: 'Leaders registered for the first time in the month (up to `asOf` in its month).' })
  newRegistrations: number;

  @Field(() => Float, { nullable: true, description: 'The MONTHLY_REGISTRATIONS target for the month; null when none applies.' })
  newRegistrationsTarget: number | null;
}

@ObjectType('SectorDashboard', { description: 'The sector dashboard for staff: indicator 20 per month against its targets.' })
export class SectorDashboardType {
  @Field(() => DateScalar)
  asOf: CalendarDate;

  @Field(() => [SectorIndicatorMonthType], { description: 'Oldest month first, ending with the month of `asOf`.' })
  months: SectorIndicatorMonthType[];

  @Field(() => [IndicatorTargetType], { description: 'Every target, by indicator and start.' })
  targets: IndicatorTargetType[];
}

@ObjectType('ThroughputMonth', { description: 'The register office’s throughput in one month (up to `asOf` in its month).' })
export class ThroughputMonthType {
  @Field(() => DateScalar, { description: 'First day of the month.' })
  month: CalendarDate;

  @Field(() => Int, { description: 'Applications submitted for the first time in the month (a resubmission after a return is not counted again).' })
  submitted: number;

  @Field(() => Int, { description: 'Applications the committee decided for the first time in the month (by the meeting date; a decision taken again after an upheld objection is not counted again).' })
  decided: number;

  @Field(() => Int, { nullable: true, description: 'Of the applications decided in the month: the median number of calendar days from first submission to decision (an observed value); null when none.' })
  medianDaysToDecision: number | null;

  @Field(() => Int, { nullable: true, description: 'Of the applications decided in the month: the 90th percentile of the days from first submission to decision; null when none.' })
  p90DaysToDecision: number | null;

  @Field(() => Int, {
    description:
      'Applications waiting for a committee decision at the end of the month (or on `asOf`): complete or on a meeting’s agenda, not decided, returned or withdrawn. Read from the applications’ status history (audit log); an application without recorded history counts in its current status from its submission.',
  })
  committeeBacklog: number;
}

@ObjectType('StaffThroughput', { description: 'Applications per month, days from submission to decision and the committee backlog, for staff.' })
export class StaffThroughputType {
  @Field(() => DateScalar)
  asOf: CalendarDate;

  @Field(() => [ThroughputMonthType], { description: 'Oldest month first, ending with the month of `asOf`.' })
  months: ThroughputMonthType[];

  @Field(() => Int, { description: 'Applications waiting for a committee decision now: complete (to be placed on a meeting) plus on an agenda.' })
  committeeBacklogNow: number;

  @Field(() => Int, { description: 'Of those: complete, not yet on a meeting’s agenda.' })
  awaitingScheduling: number;

  @Field(() => Int, { description: 'Of those: on a meeting’s agenda.' })
  onAgenda: number;
}
