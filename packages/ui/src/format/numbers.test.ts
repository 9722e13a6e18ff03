import { describe, expect, it } from 'vitest';
import { formatNumber } from './numbers';

describe('formatNumber', () => {
  it('separates thousands the Dutch or the English way', () => {
    expect(formatNumber(8913, 'nl')).toBe('8.913');
    expect(formatNumber(1234567.5, 'nl')).toBe('1.234.567,5');
    expect(formatNumber(8913, 'en')).toBe('8,913');
  });

  it('writes a share as a percentage', () => {
    expect(formatNumber(0.79, 'nl', { style: 'percent' }).replace(/\s/g, ' ')).toBe('79%');
  });
});
