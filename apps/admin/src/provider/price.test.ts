import { describe, expect, it } from 'vitest';
import { euroText, parseEuroCents } from './price';

describe('parseEuroCents', () => {
  it.each([
    ['', null],
    ['895', 89500],
    ['895,5', 89550],
    ['€ 1.250,00', 125000],
    ['1.250', 125000],
    ['895.50', 89550],
    ['0', 0],
  ])('reads %j as %j cents', (text, cents) => expect(parseEuroCents(text)).toBe(cents));

  it.each(['abc', '-5', '12,345', '1,2,3'])('refuses %j', (text) => expect(parseEuroCents(text)).toBe('invalid'));

  it('writes cents back the Dutch way', () => {
    expect(euroText(89550)).toBe('895,50');
    expect(euroText(null)).toBe('');
  });
});
