import { describe, expect, it } from 'vitest';
import type { LeaderFunction, QualificationLevel, RegistrationTitle } from './enums';
import type { Qualification } from './qualification-routes';
import { d } from './test-support';
import { eligibility, requiredLevelForTitle, titleForFunction, titlesAvailable, type ProgrammeEnrolment } from './titles';

const q = (level: QualificationLevel, obtainedOn = '2015-06-30'): Qualification => ({ route: 'CERTIFIED_PROGRAMME', level, obtainedOn: d(obtainedOn) });
const asOf = d('2018-03-01');

describe('titles and levels (§3.1)', () => {
  it.each<[LeaderFunction, QualificationLevel | null, RegistrationTitle[]]>([
    ['DIRECTOR', null, []],
    ['DIRECTOR', 'BASISBEKWAAM', []],
    ['DIRECTOR', 'VAKBEKWAAM', ['RDO']],
    ['DIRECTOR', 'MASTER', ['RDO']],
    ['DEPUTY_DIRECTOR', 'BASISBEKWAAM', ['RADO']],
    ['DEPUTY_DIRECTOR', 'VAKBEKWAAM', ['RADO', 'RDO']],
    ['DEPUTY_DIRECTOR', 'MASTER', ['RADO', 'RDO']],
  ])('%s at %s may hold %j', (fn, level, titles) => {
    expect(titlesAvailable(fn, level, asOf)).toEqual(titles);
  });

  it('maps functions and titles', () => {
    expect([titleForFunction('DIRECTOR'), titleForFunction('DEPUTY_DIRECTOR')]).toEqual(['RDO', 'RADO']);
    expect([requiredLevelForTitle('RDO'), requiredLevelForTitle('RADO')]).toEqual(['VAKBEKWAAM', 'BASISBEKWAAM']);
  });
});

describe('eligibility', () => {
  it.each<[LeaderFunction, RegistrationTitle | undefined, QualificationLevel[], RegistrationTitle, QualificationLevel]>([
    ['DIRECTOR', undefined, ['VAKBEKWAAM'], 'RDO', 'VAKBEKWAAM'],
    ['DIRECTOR', undefined, ['BASISBEKWAAM', 'MASTER'], 'RDO', 'MASTER'],
    ['DEPUTY_DIRECTOR', undefined, ['BASISBEKWAAM'], 'RADO', 'BASISBEKWAAM'],
    ['DEPUTY_DIRECTOR', undefined, ['VAKBEKWAAM'], 'RADO', 'VAKBEKWAAM'],
    ['DEPUTY_DIRECTOR', 'RDO', ['VAKBEKWAAM'], 'RDO', 'VAKBEKWAAM'],
  ])('%s requesting %s with %j → %s at %s', (fn, requestedTitle, levels, title, level) => {
    const result = eligibility({ requestedTitle }, fn, levels.map((l) => q(l)), asOf);
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ title, level, aspirant: false, aspirantUntil: null }) });
  });

  it.each<[LeaderFunction, RegistrationTitle | undefined, QualificationLevel[], string[]]>([
    ['DIRECTOR', undefined, [], ['NO_QUALIFICATION', 'DIRECTOR_NEEDS_VAKBEKWAAM']],
    ['DIRECTOR', undefined, ['BASISBEKWAAM'], ['DIRECTOR_NEEDS_VAKBEKWAAM']],
    ['DIRECTOR', 'RADO', ['VAKBEKWAAM'], ['DIRECTOR_CANNOT_HOLD_RADO']],
    ['DEPUTY_DIRECTOR', undefined, [], ['NO_QUALIFICATION', 'DEPUTY_NEEDS_BASISBEKWAAM']],
    ['DEPUTY_DIRECTOR', 'RDO', ['BASISBEKWAAM'], ['RDO_NEEDS_VAKBEKWAAM']],
  ])('%s requesting %s with %j → no: %j', (fn, requestedTitle, levels, codes) => {
    const result = eligibility({ requestedTitle }, fn, levels.map((l) => q(l)), asOf);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reasons.map((r) => r.code)).toEqual(codes);
      for (const r of result.reasons) expect(r.message).toMatch(/\S/);
    }
  });

  it('ignores qualifications obtained after asOf; one obtained on asOf counts', () => {
    expect(eligibility({}, 'DIRECTOR', [q('VAKBEKWAAM', '2018-03-02')], asOf).ok).toBe(false);
    expect(eligibility({}, 'DIRECTOR', [q('VAKBEKWAAM', '2018-03-01')], asOf).ok).toBe(true);
  });

  describe('aspirant registration', () => {
    const enrolment = (overrides: Partial<ProgrammeEnrolment> = {}): ProgrammeEnrolment => ({
      programmeLevel: 'VAKBEKWAAM',
      certification: { validFrom: d('2016-01-01'), validUntil: d('2021-12-31') },
      enrolledOn: d('2017-09-01'),
      expectedEndDate: d('2019-07-31'),
      ...overrides,
    });

    it('a director below vakbekwaam enrolled in a certified vakbekwaam programme is aspirant RDO until its end date', () => {
      const result = eligibility({ enrolments: [enrolment()] }, 'DIRECTOR', [q('BASISBEKWAAM')], asOf);
      expect(result).toEqual({
        ok: true,
        value: { title: 'RDO', level: 'BASISBEKWAAM', aspirant: true, aspirantUntil: '2019-07-31', requiredLevel: 'VAKBEKWAAM' },
      });
    });

    it('an aspirant deputy without any qualification', () => {
      const result = eligibility({ enrolments: [enrolment({ programmeLevel: 'BASISBEKWAAM' })] }, 'DEPUTY_DIRECTOR', [], asOf);
      expect(result).toMatchObject({ ok: true, value: { title: 'RADO', level: null, aspirant: true } });
    });

    it('the expected end date itself still counts', () => {
      expect(eligibility({ enrolments: [enrolment({ expectedEndDate: asOf })] }, 'DIRECTOR', [], asOf).ok).toBe(true);
    });

    it.each<[string, Partial<ProgrammeEnrolment>, string]>([
      ['programme level too low', { programmeLevel: 'BASISBEKWAAM' }, 'ASPIRANT_PROGRAMME_LEVEL_TOO_LOW'],
      ['programme ended', { expectedEndDate: d('2018-02-28') }, 'ASPIRANT_PROGRAMME_ENDED'],
      ['not certified on enrolment', { enrolledOn: d('2015-12-31') }, 'ASPIRANT_PROGRAMME_NOT_CERTIFIED'],
      ['enrolment in the future', { enrolledOn: d('2018-03-02') }, 'ASPIRANT_NOT_YET_ENROLLED'],
    ])('%s → %s', (_label, overrides, code) => {
      const result = eligibility({ enrolments: [enrolment(overrides)] }, 'DIRECTOR', [], asOf);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reasons.map((r) => r.code)).toContain(code);
    });
  });
});
