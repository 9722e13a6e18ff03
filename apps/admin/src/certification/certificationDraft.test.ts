import { describe, expect, it } from 'vitest';
import { certificationInput } from './certificationDraft';

const CLAIMED = { themeCodes: ['1', '2'], subthemeCodes: ['4.1'] };

describe('certificationInput', () => {
  it('certifies the chosen part of the claim, leaving empty dates to the API', () => {
    expect(certificationInput({ outcome: 'CERTIFIED', scope: { themeCodes: ['2'], subthemeCodes: ['4.1'] }, validFrom: '', validUntil: '2031-12-31', grounds: '' }, CLAIMED)).toEqual({
      ok: true,
      input: { outcome: 'CERTIFIED', themeCodes: ['2'], subthemeCodes: ['4.1'], validFrom: null, validUntil: '2031-12-31', grounds: null },
    });
  });

  it('decides nothing until an outcome is chosen (no preselected certification)', () => {
    expect(certificationInput({ outcome: null, scope: CLAIMED, validFrom: '', validUntil: '', grounds: '' }, CLAIMED)).toEqual({ ok: false, missing: 'outcome' });
  });

  it('needs something to certify when something was claimed, and grounds for a rejection', () => {
    expect(certificationInput({ outcome: 'CERTIFIED', scope: { themeCodes: [], subthemeCodes: [] }, validFrom: '', validUntil: '', grounds: '' }, CLAIMED)).toEqual({ ok: false, missing: 'scope' });
    expect(certificationInput({ outcome: 'REJECTED', scope: CLAIMED, validFrom: '', validUntil: '', grounds: ' ' }, CLAIMED)).toEqual({ ok: false, missing: 'grounds' });
    expect(certificationInput({ outcome: 'REJECTED', scope: CLAIMED, validFrom: '', validUntil: '', grounds: 'Niet passend.' }, CLAIMED)).toEqual({
      ok: true,
      input: { outcome: 'REJECTED', grounds: 'Niet passend.' },
    });
  });
});
