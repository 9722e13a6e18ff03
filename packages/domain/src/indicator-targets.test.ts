import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from './calendar-date';
import { checkIndicatorTarget, targetForMonth, type IndicatorTargetFacts } from './indicator-targets';

const d = (value: string) => value as CalendarDate;
/** The seed's targets: all leaders registered from 1 January 2018; about 250 registrations a month in the second half of 2017. */
const share: IndicatorTargetFacts = { indicator: 'REGISTERED_SHARE', value: 100, validFrom: d('2018-01-01'), validUntil: null };
const monthly: IndicatorTargetFacts = { indicator: 'MONTHLY_REGISTRATIONS', value: 250, validFrom: d('2017-08-01'), validUntil: d('2017-12-31') };
const codes = (target: IndicatorTargetFacts, others: readonly IndicatorTargetFacts[] = []) => {
  const result = checkIndicatorTarget(target, others);
  return result.ok ? [] : result.reasons.map((r) => r.code);
};

describe('checkIndicatorTarget', () => {
  it('accepts the seed’s targets beside each other, a one-day period and the ends of the ranges', () => {
    expect(codes(share, [monthly])).toEqual([]);
    expect(codes(monthly, [share])).toEqual([]);
    expect(codes({ ...monthly, validUntil: monthly.validFrom })).toEqual([]);
    expect(codes({ ...share, value: 0 })).toEqual([]);
    expect(codes({ ...share, value: 97.5 })).toEqual([]);
    expect(codes({ ...monthly, value: 10_000 })).toEqual([]);
  });

  it('refuses values out of range or too precise, per indicator', () => {
    expect(codes({ ...share, value: 100.1 })).toEqual(['INDICATOR_TARGET_SHARE_OUT_OF_RANGE']);
    expect(codes({ ...share, value: 97.55 })).toEqual(['INDICATOR_TARGET_SHARE_OUT_OF_RANGE']);
    expect(codes({ ...monthly, value: -1 })).toEqual(['INDICATOR_TARGET_COUNT_OUT_OF_RANGE']);
    expect(codes({ ...monthly, value: 250.5 })).toEqual(['INDICATOR_TARGET_COUNT_OUT_OF_RANGE']);
    expect(codes({ ...monthly, value: Number.NaN })).toEqual(['INDICATOR_TARGET_COUNT_OUT_OF_RANGE']);
  });

  it('refuses a reversed period, with the dates in Dutch words', () => {
    const result = checkIndicatorTarget({ ...monthly, validUntil: d('2017-07-31') }, []);
    expect(result.ok ? [] : result.reasons.map((r) => r.message)).toEqual(['Een streefwaarde kan niet eindigen (31 juli 2017) voordat zij ingaat (1 augustus 2017).']);
  });

  it('refuses a period overlapping another target of the same indicator, open-ended ones included', () => {
    expect(codes({ ...monthly, validFrom: d('2017-12-31'), validUntil: d('2018-06-30') }, [monthly])).toEqual(['INDICATOR_TARGET_OVERLAPS']);
    expect(codes({ ...share, validFrom: d('2030-01-01') }, [share])).toEqual(['INDICATOR_TARGET_OVERLAPS']);
    expect(codes({ ...share, validFrom: d('2017-01-01'), validUntil: d('2017-12-31') }, [share])).toEqual([]);
  });

  it('finds an overlap exactly when the two periods share a day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 200 }), (offset, length) => {
        const from = addDays(monthly.validFrom, offset);
        const candidate = { ...monthly, validFrom: from, validUntil: addDays(from, length) };
        const shares = candidate.validFrom <= monthly.validUntil! && candidate.validUntil >= monthly.validFrom;
        expect(codes(candidate, [monthly])).toEqual(shares ? ['INDICATOR_TARGET_OVERLAPS'] : []);
      }),
    );
  });
});

describe('targetForMonth', () => {
  it('gives the target whose period holds the month’s first day', () => {
    const targets = [share, monthly];
    expect(targetForMonth(targets, 'REGISTERED_SHARE', d('2017-12-01'))).toBeNull();
    expect(targetForMonth(targets, 'REGISTERED_SHARE', d('2018-01-01'))).toBe(share);
    expect(targetForMonth(targets, 'REGISTERED_SHARE', d('2026-11-01'))).toBe(share);
    expect(targetForMonth(targets, 'MONTHLY_REGISTRATIONS', d('2017-07-01'))).toBeNull();
    expect(targetForMonth(targets, 'MONTHLY_REGISTRATIONS', d('2017-08-01'))).toBe(monthly);
    expect(targetForMonth(targets, 'MONTHLY_REGISTRATIONS', d('2017-12-01'))).toBe(monthly);
    expect(targetForMonth(targets, 'MONTHLY_REGISTRATIONS', d('2018-01-01'))).toBeNull();
  });
});
