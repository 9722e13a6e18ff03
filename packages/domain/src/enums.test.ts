import { describe, expect, it } from 'vitest';
import { compareLevels, highestLevel, isLevelAtLeast, QualificationLevel, RegistrationStatus } from './enums';

describe('enums', () => {
  it('orders levels basisbekwaam < vakbekwaam < master', () => {
    expect(compareLevels('BASISBEKWAAM', 'VAKBEKWAAM')).toBeLessThan(0);
    expect(compareLevels('MASTER', 'VAKBEKWAAM')).toBeGreaterThan(0);
    expect(isLevelAtLeast('VAKBEKWAAM', 'VAKBEKWAAM')).toBe(true);
    expect(isLevelAtLeast('BASISBEKWAAM', 'VAKBEKWAAM')).toBe(false);
    expect(highestLevel(['VAKBEKWAAM', 'BASISBEKWAAM'])).toBe('VAKBEKWAAM');
    expect(highestLevel([])).toBeNull();
  });

  it('values equal their names (plain strings for DB and GraphQL)', () => {
    for (const e of [QualificationLevel, RegistrationStatus]) for (const [k, v] of Object.entries(e)) expect(v).toBe(k);
  });
});
