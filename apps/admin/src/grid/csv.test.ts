import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes semicolon-separated rows with a BOM, quoting what needs it', () => {
    expect(toCsv(['Naam', 'School'], [['Saskia Öztürk', 'De "Klimop"; Utrecht']])).toBe('\uFEFFNaam;School\r\nSaskia Öztürk;"De ""Klimop""; Utrecht"\r\n');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(toCsv(['a', 'b'], [['=HYPERLINK("x")', '-1']])).toBe('\uFEFFa;b\r\n"\'=HYPERLINK(""x"")";\'-1\r\n');
  });
});
