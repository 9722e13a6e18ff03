import { describe, expect, it } from 'vitest';
import { calendarDate } from './calendar-date';
import { reason } from './reasons';
import { checkCatalogueCode, checkValidityChange, isActiveOn, START_THEME_CATALOGUE } from './themes';
import { d } from './test-support';

describe('theme catalogue (§3.4)', () => {
  it('has the eight start themes with their Dutch names', () => {
    expect(START_THEME_CATALOGUE.map((t) => [t.code, t.name])).toEqual([
      ['1', 'Persoonlijk leiderschap'],
      ['2', 'Regie & strategie'],
      ['3', 'In relatie staan tot de omgeving'],
      ['4', 'Kennis- en kwaliteitsontwikkeling'],
      ['5', 'Omgaan met verschillen'],
      ['6', 'Leiding geven aan verandering'],
      ['7', 'Toekomstgericht onderwijs'],
      ['8', 'Wildcard'],
    ]);
    expect(START_THEME_CATALOGUE.filter((t) => t.isWildcard).map((t) => t.code)).toEqual(['8']);
    for (const theme of START_THEME_CATALOGUE) {
      expect(theme.description).toMatch(/^\S.*\.$/);
      expect(theme.validFrom).toBe(theme.isWildcard ? '2018-01-01' : '2014-01-01');
      expect(theme.validUntil).toBeNull();
    }
  });

  it.each([
    ['2017-12-31', null, false],
    ['2018-01-01', null, true],
    ['2030-01-01', null, true],
    ['2020-12-31', '2020-12-31', true],
    ['2021-01-01', '2020-12-31', false],
  ])('valid from 2018-01-01 until %s: active on %s → %s', (date, validUntil, expected) => {
    expect(isActiveOn({ validFrom: d('2018-01-01'), validUntil: validUntil === null ? null : d(validUntil) }, d(date))).toBe(expected);
  });
});

describe('catalogue changes (staff edit the catalogue as data)', () => {
  const today = calendarDate('2026-11-29');
  const open = { validFrom: calendarDate('2014-01-01'), validUntil: null };
  const base = { code: '9', before: null, today, certifiedUntil: null };
  const codes = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code);

  it('checks codes: letters or digits for a theme, the theme code and a dot for a subtheme', () => {
    expect(checkCatalogueCode('9')).toBeNull();
    expect(checkCatalogueCode('4.2', '4')).toBeNull();
    expect(checkCatalogueCode('9 ')?.code).toBe('CATALOGUE_CODE_INVALID');
    expect(checkCatalogueCode('5.1', '4')?.params).toEqual({ code: '5.1', example: '4.1' });
    expect(checkCatalogueCode('4.', '4')?.code).toBe('CATALOGUE_CODE_INVALID');
  });

  it('accepts a new theme from today or later, with or without an end', () => {
    expect(checkValidityChange({ ...base, after: { validFrom: today, validUntil: null } })).toEqual([]);
    expect(checkValidityChange({ ...base, after: { validFrom: calendarDate('2027-01-01'), validUntil: calendarDate('2030-12-31') } })).toEqual([]);
  });

  it('refuses an end before the start, and nothing else then', () => {
    const reasons = checkValidityChange({ ...base, after: { validFrom: calendarDate('2027-01-01'), validUntil: calendarDate('2026-12-31') } });
    expect(reasons).toEqual([reason('CATALOGUE_END_BEFORE_START', { validFrom: '2027-01-01', validUntil: '2026-12-31' })]);
  });

  it('keeps the past fixed: no new start in the past, no change of a passed start or end, no end before today', () => {
    expect(codes(checkValidityChange({ ...base, after: { validFrom: calendarDate('2026-11-28'), validUntil: null } }))).toEqual(['CATALOGUE_PAST_IS_FIXED']);
    expect(codes(checkValidityChange({ ...base, before: open, after: { validFrom: calendarDate('2027-01-01'), validUntil: null } }))).toEqual(['CATALOGUE_PAST_IS_FIXED']);
    expect(codes(checkValidityChange({ ...base, before: open, after: { ...open, validUntil: calendarDate('2026-11-28') } }))).toEqual(['CATALOGUE_PAST_IS_FIXED']);
    const retired = { validFrom: open.validFrom, validUntil: calendarDate('2020-12-31') };
    expect(codes(checkValidityChange({ ...base, before: retired, after: open }))).toEqual(['CATALOGUE_PAST_IS_FIXED']);
    // Retiring from today on, and changing only the name (same dates), are fine.
    expect(checkValidityChange({ ...base, before: open, after: { ...open, validUntil: today } })).toEqual([]);
    expect(checkValidityChange({ ...base, before: retired, after: retired })).toEqual([]);
  });

  it('keeps subthemes inside their theme, from either side', () => {
    const theme = { validFrom: calendarDate('2027-01-01'), validUntil: calendarDate('2030-12-31') };
    expect(codes(checkValidityChange({ ...base, code: '9.1', theme, after: { validFrom: calendarDate('2027-01-01'), validUntil: null } }))).toEqual(['SUBTHEME_OUTSIDE_THEME']);
    expect(checkValidityChange({ ...base, code: '9.1', theme, after: { validFrom: calendarDate('2028-01-01'), validUntil: calendarDate('2030-12-31') } })).toEqual([]);
    const subthemes = [{ code: '9.1', validFrom: calendarDate('2027-01-01'), validUntil: null }];
    expect(checkValidityChange({ ...base, before: theme, subthemes, after: theme })[0]).toEqual(reason('SUBTHEME_OUTSIDE_THEME', { code: '9.1' }));
  });

  it('refuses to end a theme before a certification for it ends, allows it from that day', () => {
    const change = { ...base, code: '3', before: open, certifiedUntil: calendarDate('2029-06-30') };
    expect(checkValidityChange({ ...change, after: { ...open, validUntil: calendarDate('2027-12-31') } })).toEqual([
      reason('CATALOGUE_ITEM_CERTIFIED', { code: '3', certifiedUntil: '2029-06-30' }),
    ]);
    expect(checkValidityChange({ ...change, after: { ...open, validUntil: calendarDate('2029-06-30') } })).toEqual([]);
  });
});
