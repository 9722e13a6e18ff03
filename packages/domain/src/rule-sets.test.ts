import { describe, expect, it } from 'vitest';
import { RULE_SETS, RULES_2018, rulesOn, type RuleSet } from './rule-sets';
import { d } from './test-support';

describe('rule sets (§3)', () => {
  it('the 2018 rules', () => {
    expect(RULES_2018).toMatchObject({
      reRegistrationPeriodYears: 4,
      conditionalMonths: 6,
      themesRequired: 3,
      themeCount: 8,
      programmeCertificationYears: 6,
      objectionPeriodWeeks: 6,
      earlyRegistrantYears: [2014, 2015],
      earlyRegistrantMaxDeferralYears: 2,
      initialRegistrationDeadline: '2018-01-01',
      requiredLevel: { DIRECTOR: 'VAKBEKWAAM', DEPUTY_DIRECTOR: 'BASISBEKWAAM' },
    });
    expect(RULES_2018.reminders.map((r) => r.before)).toEqual([{ months: 6 }, { weeks: 12 }, { weeks: 6 }]);
  });

  it.each(['2010-01-01', '2014-01-01', '2018-06-01', '2030-01-01'])('rulesOn(%s) is the 2018 set while it is the only one', (date) => {
    expect(rulesOn(d(date))).toBe(RULES_2018);
  });

  it('a later regime is chosen from its first day', () => {
    const rules2022: RuleSet = { ...RULES_2018, id: '2022', validFrom: d('2022-08-01'), themesRequired: 0 };
    const sets = [...RULE_SETS, rules2022];
    expect(rulesOn(d('2022-07-31'), sets).id).toBe('2018');
    expect(rulesOn(d('2022-08-01'), sets).id).toBe('2022');
    expect(() => rulesOn(d('2022-08-01'), [])).toThrow(RangeError);
  });
});
