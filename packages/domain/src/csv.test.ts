import { describe, expect, it } from 'vitest';
import { csvRow } from './csv';

describe('csvRow', () => {
  it('separates with semicolons, quotes what needs it and defuses formulas', () => {
    expect(csvRow(['a', 'b;c', 'say "hi"', '=SUM(A1)', '-1', 'line\nbreak'])).toBe('a;"b;c";"say ""hi""";\'=SUM(A1);\'-1;"line\nbreak"\r\n');
  });
});
