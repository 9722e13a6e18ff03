import { describe, expect, it } from 'vitest';
import { formatEuroCents, parseEuroCents } from './money';

describe('formatEuroCents', () => {
  it('writes euros the Dutch or the English way', () => {
    expect(formatEuroCents(45000, 'nl').replace(/\s/g, ' ')).toBe('€ 450,00');
    expect(formatEuroCents(125050, 'nl').replace(/\s/g, ' ')).toBe('€ 1.250,50');
    expect(formatEuroCents(4000, 'en')).toBe('€40.00');
  });
});

describe('parseEuroCents', () => {
  it.each([
    ['450', 45000],
    ['450,5', 45050],
    ['450.50', 45050],
    ['€ 1.250,00', 125000],
    ['1.250', 125000],
    [' 0 ', 0],
    ['9.999.999,99', 999999999],
  ])('%j → %d cents', (text, cents) => {
    expect(parseEuroCents(text)).toBe(cents);
  });

  it.each(['', 'veertig', '-40', '4,505', '1,250.00', '12.34.56', '10000000', '10.000.000'])('refuses %j', (text) => {
    expect(parseEuroCents(text)).toBeNull();
  });
});
