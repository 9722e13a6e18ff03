import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date';
import { evaluateReRegistration, themesTowardRequirement, type ReRegistrationEvidence } from './re-registration';
import type { RegistrationFacts } from './registration-status';
import { CATALOGUE, completion } from './theme-fixtures';
import { d } from './test-support';

const rdo: RegistrationFacts = { registeredOn: d('2014-03-01'), title: 'RDO', level: 'VAKBEKWAAM', aspirant: false, reRegistrations: [], deferrals: [] };
const rado: RegistrationFacts = { ...rdo, title: 'RADO', level: 'BASISBEKWAAM' };
const evidence = (overrides: Partial<ReRegistrationEvidence> = {}): ReRegistrationEvidence => ({ catalogue: CATALOGUE, ...overrides });
const master = (diplomaDate: string, accredited = true) => ({ diplomaDate: d(diplomaDate), nvaoAccredited: accredited, alignedWithStandard: true });

describe('evaluateReRegistration (§3.5)', () => {
  it('three distinct themes by a mix of formal and informal learning', () => {
    const result = evaluateReRegistration(
      rdo,
      evidence({
        completions: [completion('c1', '2015-05-01', ['1', '2'])],
        validations: [{ themeCode: '8', validatedOn: d('2018-01-20'), method: 'PEER_VALIDATION' }],
      }),
      d('2018-02-01'),
    );
    expect(result).toMatchObject({
      eligible: true,
      route: 'THEMES',
      themesMissing: 0,
      themesRequired: 3,
      periodStartsOn: '2014-03-01',
      dueDate: '2018-03-01',
      expiresOn: '2018-09-01',
      nextDueDate: '2022-03-01',
      newLevel: null,
      reasons: [],
    });
    expect(result.themesCompleted.map((t) => t.themeCode)).toEqual(['1', '2', '8']);
    expect(result.explanation.join(' ')).toContain('3 van de 3');
    // The explanation is shown to people: dates in words, no ISO dates.
    expect(result.explanation[0]).toBe('Periode: 1 maart 2014 tot 1 maart 2018; beoordeeld op 1 februari 2018.');
    expect(result.explanation.join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('a fourth theme is counted, and the explanation does not say "4 van de 3"', () => {
    const result = evaluateReRegistration(
      rdo,
      evidence({
        completions: [completion('c1', '2015-05-01', ['1', '2', '3'])],
        validations: [{ themeCode: '8', validatedOn: d('2018-01-20'), method: 'PEER_VALIDATION' }],
      }),
      d('2018-02-01'),
    );
    expect(result.themesCompleted).toHaveLength(4);
    expect(result.explanation.join(' ')).toContain('4 thema’s afgerond, 3 nodig');
    expect(result.explanation.join(' ')).not.toContain('4 van de 3');
    expect(themesTowardRequirement({ themesCompleted: result.themesCompleted.length, themesRequired: result.themesRequired })).toBe(3);
    expect(themesTowardRequirement({ themesCompleted: 2, themesRequired: 3 })).toBe(2);
  });

  it('two themes are not enough; the reason says how many are missing', () => {
    const result = evaluateReRegistration(rdo, evidence({ completions: [completion('c1', '2015-05-01', ['1', '2'])] }), d('2018-02-01'));
    expect(result).toMatchObject({ eligible: false, route: null, themesMissing: 1, nextDueDate: null });
    expect(result.reasons[0]).toEqual({
      code: 'THEMES_INSUFFICIENT',
      message: 'Afgerond in deze periode: 2 van de 3 thema’s; nog nodig: 1.',
      params: { completed: 2, required: 3, missing: 1 },
    });
  });

  it.each([
    ['2014-03-01', false, 'a master dated on the registration date belongs to the previous period'],
    ['2014-03-02', true, 'the day after the registration date'],
    ['2018-03-01', true, 'on the due date'],
  ])('NVAO master dated %s → eligible %s (%s)', (date, eligible) => {
    const result = evaluateReRegistration(rdo, evidence({ masters: [master(date)] }), d('2018-03-01'));
    expect(result.eligible).toBe(eligible);
    if (eligible) expect(result).toMatchObject({ route: 'NVAO_MASTER', newLevel: 'MASTER' });
    else expect(result.reasons.map((r) => r.code)).toContain('MASTER_NOT_AFTER_REGISTRATION');
  });

  it('a non-accredited master does not count', () => {
    const result = evaluateReRegistration(rdo, evidence({ masters: [master('2016-06-30', false)] }), d('2018-03-01'));
    expect(result.reasons.map((r) => r.code)).toEqual(['THEMES_INSUFFICIENT', 'MASTER_NOT_NVAO_ACCREDITED']);
  });

  const vakbekwaam = { diplomaDate: d('2017-06-30'), programmeLevel: 'VAKBEKWAAM' as const, certification: { validFrom: d('2011-07-01') } };
  it('a RADO at basisbekwaam re-registers with a certified vakbekwaam programme and rises to vakbekwaam', () => {
    const result = evaluateReRegistration(rado, evidence({ programmes: [vakbekwaam] }), d('2018-01-01'));
    expect(result).toMatchObject({ eligible: true, route: 'VAKBEKWAAM_PROGRAMME', newLevel: 'VAKBEKWAAM' });
  });

  it('diploma on the last day of the programme certification counts', () => {
    const lastDay = { ...vakbekwaam, diplomaDate: d('2017-06-30'), certification: { validFrom: d('2011-07-01'), validUntil: d('2017-06-30') } };
    expect(evaluateReRegistration(rado, evidence({ programmes: [lastDay] }), d('2018-01-01')).eligible).toBe(true);
    const dayAfter = { ...lastDay, diplomaDate: d('2017-07-01') };
    expect(evaluateReRegistration(rado, evidence({ programmes: [dayAfter] }), d('2018-01-01')).reasons.map((r) => r.code)).toContain(
      'DIPLOMA_OUTSIDE_CERTIFICATION',
    );
  });

  it('the programme route is only for a RADO at basisbekwaam', () => {
    const result = evaluateReRegistration(rdo, evidence({ programmes: [vakbekwaam] }), d('2018-01-01'));
    expect(result.reasons.map((r) => r.code)).toContain('PROGRAMME_ROUTE_ONLY_FOR_RADO_BASISBEKWAAM');
  });

  it('a CONDITIONAL leader can still complete and re-register; the schedule does not move', () => {
    const result = evaluateReRegistration(rdo, evidence({ completions: [completion('c', '2018-04-15', ['1', '2', '3'])] }), d('2018-05-01'));
    expect(result).toMatchObject({ eligible: true, dueDate: '2018-03-01', nextDueDate: '2022-03-01' });
  });

  it('the second period starts at the re-registration date', () => {
    const reRegistered = { ...rdo, reRegistrations: [{ approvedOn: d('2018-02-01') }] };
    const result = evaluateReRegistration(
      reRegistered,
      evidence({ completions: [completion('old', '2017-05-01', ['1', '2', '3']), completion('new', '2019-05-01', ['4', '5'])] }),
      d('2021-12-01'),
    );
    expect(result).toMatchObject({ periodStartsOn: '2018-02-01', dueDate: '2022-03-01', themesMissing: 1, eligible: false });
  });

  describe('a completion or master dated on the approval day belongs only to the period that approval closed', () => {
    const reRegistered: RegistrationFacts = { ...rdo, reRegistrations: [{ approvedOn: d('2018-02-01') }] };
    const onApprovalDay = evidence({ completions: [completion('same-day', '2018-02-01', ['1', '2', '3'])] });

    it('counts for the closed period (as the committee evaluates it on the approval day, before recording it)', () => {
      expect(evaluateReRegistration(rdo, onApprovalDay, d('2018-02-01'))).toMatchObject({ eligible: true, periodStartsOn: '2014-03-01' });
    });

    it('does not count for the new period; the day after does', () => {
      const sameDay = evaluateReRegistration(reRegistered, onApprovalDay, d('2021-12-01'));
      expect(sameDay).toMatchObject({ eligible: false, themesMissing: 3, evidenceWindow: { from: '2018-02-02', until: '2021-12-01' } });
      expect(sameDay.ignored.map((item) => [item.id, item.reason.code])).toEqual([['same-day', 'COMPLETION_OUTSIDE_PERIOD']]);
      const dayAfter = evidence({ completions: [completion('next-day', '2018-02-02', ['1', '2', '3'])] });
      expect(evaluateReRegistration(reRegistered, dayAfter, d('2021-12-01'))).toMatchObject({ eligible: true, route: 'THEMES' });
    });

    it('a master dated on the approval day does not count for the new period', () => {
      const result = evaluateReRegistration(reRegistered, evidence({ masters: [master('2018-02-01')] }), d('2021-12-01'));
      expect(result.reasons.map((r) => r.code)).toEqual(['THEMES_INSUFFICIENT', 'MASTER_NOT_AFTER_REGISTRATION']);
      expect(evaluateReRegistration(reRegistered, evidence({ masters: [master('2018-02-02')] }), d('2021-12-01')).route).toBe('NVAO_MASTER');
    });

    it('property: a completion counts for at most one of two consecutive periods', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 1600 }), fc.integer({ min: -30, max: 2000 }), (approvedAfter, completedAfter) => {
          const approvedOn = addDays(rdo.registeredOn, approvedAfter);
          const completedOn = addDays(rdo.registeredOn, completedAfter);
          const evidenceOf = evidence({ completions: [completion('c', completedOn, ['1', '2', '3'])] });
          // The closed period as the committee sees it on the approval day; the new one later, with the approval recorded.
          const closed = evaluateReRegistration(rdo, evidenceOf, approvedOn).eligible;
          const next = evaluateReRegistration({ ...rdo, reRegistrations: [{ approvedOn }] }, evidenceOf, addDays(approvedOn, 2000)).eligible;
          expect(closed && next).toBe(false);
          expect(next).toBe(completedOn > approvedOn && completedOn <= addDays(approvedOn, 2000));
        }),
      );
    });

    it('a completion on the first registration date does not count for the first period either', () => {
      const result = evaluateReRegistration(rdo, evidence({ completions: [completion('c', '2014-03-01', ['1', '2', '3'])] }), d('2018-01-01'));
      expect(result).toMatchObject({ eligible: false, themesMissing: 3 });
    });
  });

  it.each<[string, RegistrationFacts, string]>([
    ['deregistered', { ...rdo, deregisteredOn: d('2016-01-01') }, 'REGISTRATION_DEREGISTERED'],
    ['aspirant', { ...rdo, aspirant: true, aspirantUntil: d('2019-01-01') }, 'ASPIRANT_CANNOT_RE_REGISTER'],
    ['not yet registered', { ...rdo, registeredOn: d('2019-01-01') }, 'REGISTRATION_NOT_YET_STARTED'],
  ])('%s → %s', (_label, facts, code) => {
    const result = evaluateReRegistration(facts, evidence({ masters: [master('2017-01-01')] }), d('2018-01-01'));
    expect(result.eligible).toBe(false);
    expect(result.reasons.map((r) => r.code)).toEqual([code]);
  });
});
