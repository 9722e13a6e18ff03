import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, toApplicationInput, visibleFields } from './applicationForm';

describe('application form', () => {
  it('asks per route for what that route needs', () => {
    expect(visibleFields({ kind: 'INITIAL', qualificationRoute: '' })).toEqual([]);
    expect(visibleFields({ kind: 'INITIAL', qualificationRoute: 'CERTIFIED_PROGRAMME' })).toEqual([
      'claimedLevel',
      'institution',
      'certificationValidFrom',
      'certificationValidUntil',
      'evidenceDate',
    ]);
    expect(visibleFields({ kind: 'LEVEL_CHANGE', qualificationRoute: 'NVAO_MASTER' })).toEqual(['institution', 'nvaoAccredited', 'alignedWithStandard', 'evidenceDate']);
    expect(visibleFields({ kind: 'ASPIRANT', qualificationRoute: 'NVAO_MASTER' })).toContain('expectedEndDate');
  });

  it('sends only the chosen route’s fields, and no route for an aspirant', () => {
    const state = {
      ...EMPTY_FORM,
      qualificationRoute: 'NVAO_MASTER' as const,
      claimedLevel: 'VAKBEKWAAM' as const,
      certificationValidFrom: '2023-01-01',
      evidenceDate: '2025-06-30',
      nvaoAccredited: true,
      institution: '  Master Educational Leadership  ',
    };
    expect(toApplicationInput(state)).toMatchObject({
      qualificationRoute: 'NVAO_MASTER',
      claimedLevel: null,
      certificationValidFrom: null,
      evidenceDate: '2025-06-30',
      nvaoAccredited: true,
      alignedWithStandard: false,
      institution: 'Master Educational Leadership',
      enrolledOn: null,
    });
    expect(toApplicationInput({ ...state, kind: 'ASPIRANT', enrolledOn: '2025-09-01' })).toMatchObject({
      qualificationRoute: null,
      evidenceDate: null,
      nvaoAccredited: null,
      certificationValidFrom: '2023-01-01',
      enrolledOn: '2025-09-01',
    });
  });

  it('sends the re-registration route, no qualification route, and the level the vakbekwaam programme implies', () => {
    const state = { ...EMPTY_FORM, kind: 'RE_REGISTRATION' as const, qualificationRoute: 'NVAO_MASTER' as const, institution: 'Academie', evidenceDate: '2026-06-30' };
    expect(visibleFields({ ...state, reRegistrationRoute: 'THEMES' })).toEqual([]);
    expect(toApplicationInput({ ...state, reRegistrationRoute: 'THEMES' })).toMatchObject({ qualificationRoute: null, reRegistrationRoute: 'THEMES', institution: null, evidenceDate: null });
    expect(toApplicationInput({ ...state, reRegistrationRoute: 'VAKBEKWAAM_PROGRAMME' })).toMatchObject({
      qualificationRoute: null,
      reRegistrationRoute: 'VAKBEKWAAM_PROGRAMME',
      claimedLevel: 'VAKBEKWAAM',
      institution: 'Academie',
      evidenceDate: '2026-06-30',
    });
    expect(toApplicationInput({ ...EMPTY_FORM, reRegistrationRoute: 'THEMES' }).reRegistrationRoute).toBeNull();
  });
});
