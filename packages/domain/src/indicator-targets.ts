import { isAfter, isWithin, type CalendarDate } from './calendar-date';
import { reason, resultOf, type Reason, type Result } from './reasons';

/**
 * The sector's indicators and the targets set for them (seed 002, indicator 20: "aandeel
 * schoolleiders dat is geregistreerd"; all leaders registered by 1 January 2018, about 250
 * registrations a month). Targets are data that staff keep; these rules say when one is valid and
 * which one applies to a month.
 */

/** REGISTERED_SHARE: percentage of enrolled leaders that is registered; MONTHLY_REGISTRATIONS: leaders registered for the first time in a month. */
export const SectorIndicator = { REGISTERED_SHARE: 'REGISTERED_SHARE', MONTHLY_REGISTRATIONS: 'MONTHLY_REGISTRATIONS' } as const;
export type SectorIndicator = (typeof SectorIndicator)[keyof typeof SectorIndicator];

/** Highest target value per indicator: a percentage, or a count that catches a few zeros too many. */
export const INDICATOR_TARGET_MAX: Readonly<Record<SectorIndicator, number>> = { REGISTERED_SHARE: 100, MONTHLY_REGISTRATIONS: 10_000 };

/** A target: the value an indicator should reach in the months from `validFrom` until `validUntil` (inclusive; null = open-ended). */
export interface IndicatorTargetFacts {
  readonly indicator: SectorIndicator;
  readonly value: number;
  readonly validFrom: CalendarDate;
  readonly validUntil: CalendarDate | null;
}

function periodsOverlap(a: IndicatorTargetFacts, b: IndicatorTargetFacts): boolean {
  const endsBefore = (first: IndicatorTargetFacts, second: IndicatorTargetFacts) => first.validUntil !== null && isAfter(second.validFrom, first.validUntil);
  return !endsBefore(a, b) && !endsBefore(b, a);
}

/**
 * Checks a target against the indicator's other targets: a value from 0 to the indicator's maximum
 * (at most one decimal for a percentage, a whole number for a count), a period that does not end
 * before it starts, and no overlap with another target of the same indicator (one target per month).
 */
export function checkIndicatorTarget(target: IndicatorTargetFacts, others: readonly IndicatorTargetFacts[]): Result<true> {
  const reasons: Reason[] = [];
  const max = INDICATOR_TARGET_MAX[target.indicator];
  const step = target.indicator === 'REGISTERED_SHARE' ? 10 : 1;
  const scaled = target.value * step;
  if (!Number.isFinite(scaled) || target.value < 0 || target.value > max || Math.abs(scaled - Math.round(scaled)) > 1e-9) {
    reasons.push(reason(target.indicator === 'REGISTERED_SHARE' ? 'INDICATOR_TARGET_SHARE_OUT_OF_RANGE' : 'INDICATOR_TARGET_COUNT_OUT_OF_RANGE', { max }));
  }
  if (target.validUntil !== null && isAfter(target.validFrom, target.validUntil)) {
    reasons.push(reason('INDICATOR_TARGET_PERIOD_REVERSED', { validFrom: target.validFrom, validUntil: target.validUntil }));
  } else {
    const clash = others.find((other) => other.indicator === target.indicator && periodsOverlap(other, target));
    if (clash) reasons.push(reason('INDICATOR_TARGET_OVERLAPS', { validFrom: clash.validFrom }));
  }
  return resultOf(reasons, () => true as const);
}

/** The target of `indicator` that applies to the month starting `month` (the first day lies in its period), else null. */
export function targetForMonth<T extends IndicatorTargetFacts>(targets: readonly T[], indicator: SectorIndicator, month: CalendarDate): T | null {
  return targets.find((target) => target.indicator === indicator && isWithin(month, target.validFrom, target.validUntil)) ?? null;
}
