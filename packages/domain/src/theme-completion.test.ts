import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completedThemes, type InformalValidation } from './theme-completion';
import { CATALOGUE, completion } from './theme-fixtures';
import { d } from './test-support';

const window = { from: d('2014-03-01'), until: d('2018-03-01') };
const codes = (result: ReturnType<typeof completedThemes>): string[] => result.completed.map((c) => c.themeCode).sort();

describe('completedThemes (§3.4)', () => {
  it('one completion certified for several themes credits all of them', () => {
    const result = completedThemes(CATALOGUE, [completion('c1', '2016-05-01', ['1', '2', '3'])], [], window);
    expect(codes(result)).toEqual(['1', '2', '3']);
    expect(result.completed.every((c) => c.basis === 'WHOLE_THEME' && c.route === 'FORMAL')).toBe(true);
  });

  it('all subthemes together complete a theme, dated on the last one', () => {
    const result = completedThemes(CATALOGUE, [completion('a', '2015-01-10', [], ['6.1', '6.2']), completion('b', '2016-02-20', [], ['6.3', '4.1'])], [], window);
    expect(result.completed).toEqual([
      { themeCode: '6', isWildcard: false, completedOn: '2016-02-20', route: 'FORMAL', basis: 'ALL_SUBTHEMES', evidenceIds: ['a', 'b'] },
    ]);
  });

  it('some subthemes do not complete a theme', () => {
    expect(codes(completedThemes(CATALOGUE, [completion('a', '2015-01-10', [], ['4.1', '6.1', '6.2'])], [], window))).toEqual([]);
  });

  it('an informal validation completes its theme; the earliest basis wins', () => {
    const validations: InformalValidation[] = [{ id: 'v', themeCode: '5', validatedOn: d('2015-03-01'), method: 'PORTFOLIO' }];
    const result = completedThemes(CATALOGUE, [completion('c', '2017-01-01', ['5'])], validations, window);
    expect(result.completed).toEqual([
      { themeCode: '5', isWildcard: false, completedOn: '2015-03-01', route: 'INFORMAL', basis: 'INFORMAL_VALIDATION', evidenceIds: ['v'] },
    ]);
  });

  it('the wildcard counts as one theme, however often it is completed', () => {
    const result = completedThemes(
      CATALOGUE,
      [completion('a', '2018-01-05', ['8']), completion('b', '2018-02-05', ['8'])],
      [{ themeCode: '8', validatedOn: d('2018-02-10'), method: 'PEER_VALIDATION' }],
      window,
    );
    expect(result.completed).toHaveLength(1);
    expect(result.completed[0]).toMatchObject({ themeCode: '8', isWildcard: true, completedOn: '2018-01-05' });
  });

  it('the wildcard did not exist before 2018', () => {
    const result = completedThemes(CATALOGUE, [completion('a', '2017-12-31', ['8'])], [], window);
    expect(result.completed).toEqual([]);
    expect(result.ignored.map((i) => i.reason.code)).toEqual(['THEME_NOT_ACTIVE']);
  });

  const certification = { validFrom: d('2015-01-01'), validUntil: d('2016-12-31') };
  it.each([
    ['2014-12-31', false, 'the day before certification'],
    ['2015-01-01', true, 'the first day of certification'],
    ['2016-12-31', true, 'the last day of the certification period'],
    ['2017-01-01', false, 'the day after certification'],
  ])('completion on %s counts: %s (%s)', (date, counts) => {
    const result = completedThemes(CATALOGUE, [completion('c', date, ['2'], [], certification)], [], window);
    expect(result.completed.length).toBe(counts ? 1 : 0);
    if (!counts) expect(result.ignored[0]?.reason.code).toBe('OUTSIDE_CERTIFICATION_PERIOD');
  });

  it.each([
    ['2014-02-28', false, 'before the registration date'],
    ['2014-03-01', true, 'on the registration date'],
    ['2018-03-01', true, 'on the last day of the window'],
    ['2018-03-02', false, 'after the window'],
  ])('completion on %s inside the period: %s (%s)', (date, counts) => {
    const result = completedThemes(CATALOGUE, [completion('c', date, ['1'])], [], window);
    expect(result.completed.length).toBe(counts ? 1 : 0);
    if (!counts) expect(result.ignored[0]?.reason.code).toBe('COMPLETION_OUTSIDE_PERIOD');
  });

  it('unknown themes and subthemes are reported', () => {
    const result = completedThemes(CATALOGUE, [completion('c', '2016-01-01', ['99'], ['9.9'])], [{ themeCode: '42', validatedOn: d('2016-01-01'), method: 'PORTFOLIO' }], window);
    expect(result.ignored.map((i) => i.reason.code)).toEqual(['UNKNOWN_THEME', 'UNKNOWN_SUBTHEME', 'UNKNOWN_THEME']);
  });

  it('property: each theme appears at most once and only known themes appear', () => {
    const themeCode = fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8');
    const subCode = fc.constantFrom('4.1', '4.2', '6.1', '6.2', '6.3');
    const day = fc.integer({ min: 0, max: 1460 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, fc.array(themeCode, { maxLength: 3 }), fc.array(subCode, { maxLength: 3 })), { maxLength: 8 }),
        fc.array(fc.tuple(day, themeCode), { maxLength: 4 }),
        (rawCompletions, rawValidations) => {
          const base = new Date(Date.UTC(2014, 2, 1)).getTime();
          const toDate = (n: number): string => new Date(base + n * 86_400_000).toISOString().slice(0, 10);
          const result = completedThemes(
            CATALOGUE,
            rawCompletions.map(([n, themes, subs], i) => completion(`c${i}`, toDate(n), themes, subs)),
            rawValidations.map(([n, code]) => ({ themeCode: code, validatedOn: d(toDate(n)), method: 'PORTFOLIO' as const })),
            window,
          );
          const seen = result.completed.map((c) => c.themeCode);
          expect(new Set(seen).size).toBe(seen.length);
          expect(seen.length).toBeLessThanOrEqual(8);
          for (const c of result.completed) expect(c.completedOn >= window.from && c.completedOn <= window.until).toBe(true);
        },
      ),
    );
  });
});
