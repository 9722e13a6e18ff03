import { describe, expect, it } from 'vitest';
import { certificationEnd, isCertifiedOn } from './certification';
import { evaluateQualification, isQualifyingMaster, type QualificationEvidence } from './qualification-routes';
import { d } from './test-support';

const asOf = d('2018-06-01');

describe('certification periods (§3.2)', () => {
  it.each([
    ['2014-01-01', null, '2019-12-31'],
    ['2018-03-01', null, '2024-02-29'],
    ['2016-02-29', null, '2022-02-27'],
    ['2014-01-01', '2016-06-30', '2016-06-30'],
  ])('from %s until %s → last day %s', (validFrom, validUntil, end) => {
    expect(certificationEnd({ validFrom: d(validFrom), validUntil: validUntil === null ? null : d(validUntil) })).toBe(end);
  });

  it.each([
    ['2013-12-31', false],
    ['2014-01-01', true],
    ['2019-12-31', true],
    ['2020-01-01', false],
  ])('six-year default: %s certified → %s', (date, expected) => {
    expect(isCertifiedOn({ validFrom: d('2014-01-01') }, d(date))).toBe(expected);
  });
});

describe('evaluateQualification', () => {
  const programme = (diplomaDate: string): QualificationEvidence => ({
    route: 'CERTIFIED_PROGRAMME',
    programmeLevel: 'VAKBEKWAAM',
    certification: { validFrom: d('2012-01-01') },
    diplomaDate: d(diplomaDate),
  });

  it.each([
    ['2011-12-31', 'DIPLOMA_OUTSIDE_CERTIFICATION'],
    ['2012-01-01', null],
    ['2017-12-31', null], // last day of the six-year certification
    ['2018-01-01', 'DIPLOMA_OUTSIDE_CERTIFICATION'],
  ])('certified programme, diploma %s → %s', (date, code) => {
    const result = evaluateQualification(programme(date), asOf);
    if (code === null) expect(result).toEqual({ ok: true, value: { route: 'CERTIFIED_PROGRAMME', level: 'VAKBEKWAAM', obtainedOn: date } });
    else expect(result).toMatchObject({ ok: false, reasons: [{ code }] });
  });

  it.each<[string, QualificationEvidence, string | null]>([
    [
      'assessment by a certified provider',
      { route: 'ASSESSMENT', level: 'BASISBEKWAAM', providerCertification: { validFrom: d('2015-01-01') }, assessedOn: d('2017-05-01') },
      null,
    ],
    [
      'assessment by an uncertified provider',
      { route: 'ASSESSMENT', level: 'BASISBEKWAAM', providerCertification: { validFrom: d('2017-06-01') }, assessedOn: d('2017-05-01') },
      'PROVIDER_NOT_CERTIFIED_ON_DATE',
    ],
    [
      'assessment cannot establish MASTER',
      { route: 'ASSESSMENT', level: 'MASTER', providerCertification: { validFrom: d('2015-01-01') }, assessedOn: d('2017-05-01') },
      'LEVEL_NOT_AVAILABLE_FOR_ROUTE',
    ],
    ['EVC by a certified bureau', { route: 'EVC', level: 'VAKBEKWAAM', bureauCertification: { validFrom: d('2015-01-01'), validUntil: d('2017-05-01') }, certificateDate: d('2017-05-01') }, null],
    ['EVC in the future', { route: 'EVC', level: 'VAKBEKWAAM', bureauCertification: { validFrom: d('2015-01-01') }, certificateDate: d('2018-06-02') }, 'DATE_IN_FUTURE'],
    ['diploma evaluation with a level', { route: 'DIPLOMA_EVALUATION', diplomas: [{ name: 'Pabo', obtainedOn: d('2001-06-30') }], committeeLevel: 'MASTER', decidedOn: d('2018-05-01') }, null],
    ['diploma evaluation without level', { route: 'DIPLOMA_EVALUATION', diplomas: [{ name: 'Pabo', obtainedOn: d('2001-06-30') }], committeeLevel: null, decidedOn: d('2018-05-01') }, 'EVALUATION_LEVEL_MISSING'],
    ['diploma evaluation without diplomas', { route: 'DIPLOMA_EVALUATION', diplomas: [], committeeLevel: 'VAKBEKWAAM', decidedOn: d('2018-05-01') }, 'EVALUATION_WITHOUT_DIPLOMAS'],
    ['NVAO master', { route: 'NVAO_MASTER', nvaoAccredited: true, alignedWithStandard: true, diplomaDate: d('2016-06-30') }, null],
    ['master not accredited', { route: 'NVAO_MASTER', nvaoAccredited: false, alignedWithStandard: true, diplomaDate: d('2016-06-30') }, 'MASTER_NOT_NVAO_ACCREDITED'],
    ['master not aligned', { route: 'NVAO_MASTER', nvaoAccredited: true, alignedWithStandard: false, diplomaDate: d('2016-06-30') }, 'MASTER_NOT_ALIGNED_WITH_STANDARD'],
  ])('%s', (_label, evidence, code) => {
    const result = evaluateQualification(evidence, asOf);
    if (code === null) expect(result.ok).toBe(true);
    else expect(result.ok ? [] : result.reasons.map((r) => r.code)).toContain(code);
  });

  it('an NVAO master gives level MASTER', () => {
    const result = evaluateQualification({ route: 'NVAO_MASTER', nvaoAccredited: true, alignedWithStandard: true, diplomaDate: d('2016-06-30') }, asOf);
    expect(result).toEqual({ ok: true, value: { route: 'NVAO_MASTER', level: 'MASTER', obtainedOn: '2016-06-30' } });
    expect(isQualifyingMaster({ nvaoAccredited: true, alignedWithStandard: false })).toBe(false);
  });
});
