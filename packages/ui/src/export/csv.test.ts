import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a byte order mark and separates fields with semicolons and lines with CRLF', () => {
    expect(toCsv(['Titel', 'Aantal'], [['RDO', 5938], ['aspirant RADO', 13]])).toBe('\uFEFFTitel;Aantal\r\nRDO;5938\r\naspirant RADO;13\r\n');
  });

  it('writes decimals with a comma and no thousands separator, and empty cells for missing values', () => {
    expect(toCsv(['Aandeel', 'Aantal'], [[0.79, 1234567], [null, undefined], [Number.NaN, 1]])).toBe('\uFEFFAandeel;Aantal\r\n0,79;1234567\r\n;\r\n;1\r\n');
  });

  it('quotes text with a separator, a quote or a line break', () => {
    expect(toCsv(['Naam'], [['Jansen; Pietersen'], ['De “school”'], ['zei "ja"'], ['twee\nregels']])).toBe(
      '\uFEFFNaam\r\n"Jansen; Pietersen"\r\nDe “school”\r\n"zei ""ja"""\r\n"twee\nregels"\r\n',
    );
  });

  it('keeps Dutch letters as they are (UTF-8)', () => {
    expect(toCsv(['Thema'], [['Omgaan met verschillen — coöperatie']])).toContain('coöperatie');
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(toCsv(['Naam', 'Verschil'], [['=HYPERLINK("x")', -3], ['+31 20', 0], ['@SUM(A1)', 1]])).toBe(
      '\uFEFFNaam;Verschil\r\n"\'=HYPERLINK(""x"")";-3\r\n\'+31 20;0\r\n\'@SUM(A1);1\r\n',
    );
  });
});
