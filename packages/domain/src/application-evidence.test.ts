import { describe, expect, it } from 'vitest';
import { checkEvidenceComplete, requiredEvidence, type ApplicationEvidenceFacts } from './application-evidence';

const initial: ApplicationEvidenceFacts = { kind: 'INITIAL', qualificationRoute: 'CERTIFIED_PROGRAMME', reRegistrationRoute: null, documentCount: 0 };

describe('application evidence', () => {
  it('asks proof of the qualification for an initial registration and refuses completeness without it', () => {
    expect(requiredEvidence(initial)).toEqual([{ item: 'QUALIFICATION_PROOF', present: false }]);
    const refused = checkEvidenceComplete(initial);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.reasons[0]?.code).toBe('APPLICATION_EVIDENCE_MISSING');
      expect(refused.reasons[0]?.message).toMatch(/bewijs/);
    }
    expect(checkEvidenceComplete({ ...initial, documentCount: 1 })).toEqual({ ok: true, value: true });
  });

  it('asks proof of enrolment of an aspirant and a diploma for the master or programme route of a re-registration', () => {
    expect(requiredEvidence({ ...initial, kind: 'ASPIRANT' })).toEqual([{ item: 'ENROLMENT_PROOF', present: false }]);
    for (const route of ['NVAO_MASTER', 'VAKBEKWAAM_PROGRAMME'] as const) {
      expect(requiredEvidence({ ...initial, kind: 'RE_REGISTRATION', reRegistrationRoute: route, documentCount: 2 })).toEqual([{ item: 'DIPLOMA', present: true }]);
    }
  });

  it('needs no upload for re-registration through three themes (the register holds the completions)', () => {
    const themes = { ...initial, kind: 'RE_REGISTRATION', reRegistrationRoute: 'THEMES' } as const;
    expect(requiredEvidence(themes)).toEqual([]);
    expect(checkEvidenceComplete(themes).ok).toBe(true);
  });
});
