import { describe, expect, it } from 'vitest';
import { isActiveOn, START_THEME_CATALOGUE } from './themes';
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
