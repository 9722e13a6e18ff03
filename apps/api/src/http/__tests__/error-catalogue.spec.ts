import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REASON_MESSAGES } from '@srpo/domain';
import { describe, expect, it } from 'vitest';
import { API_REASONS, ERROR_CLASS_CODES, classOf, errorCatalogue, isErrorClass, isErrorReason } from '../error-catalogue';
import { ERROR_CATALOGUE_FILE, printErrorCatalogue } from '../error-catalogue-file';

const here = path.dirname(fileURLToPath(import.meta.url));
const API_SRC = path.resolve(here, '../..');
const DOMAIN_SRC = path.resolve(here, '../../../../../packages/domain/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' || entry.name === 'testing' ? [] : sourceFiles(full);
    return /\.ts$/.test(entry.name) && !/\.(test|spec|integration-spec)\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** Every `[A-Z_]` literal in `pattern`'s first group across the sources, with where it was found. */
function codesUsed(files: string[], pattern: RegExp): { code: string; where: string }[] {
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(pattern)].map((match) => ({ code: match[1]!, where: path.relative(API_SRC, file) })),
  );
}

describe('the error catalogue', () => {
  const apiFiles = sourceFiles(API_SRC);

  it('has exactly the standard classes of DESIGN §5', () => {
    expect(ERROR_CLASS_CODES).toEqual([
      'BAD_USER_INPUT',
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'NOT_FOUND',
      'CONFLICT',
      'RATE_LIMITED',
      'QUERY_TOO_COMPLEX',
      'INTERNAL_SERVER_ERROR',
    ]);
  });

  it('every AppError in the API is thrown with a standard class', () => {
    const used = codesUsed(apiFiles, /new AppError\(\s*'([A-Z_]+)'/g);
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter(({ code }) => !isErrorClass(code))).toEqual([]);
  });

  it('every `code` written into an error by hand is a standard class', () => {
    const used = codesUsed(apiFiles, /extensions:\s*\{\s*code:\s*'([A-Z_]+)'/g);
    expect(used.filter(({ code }) => !isErrorClass(code))).toEqual([]);
  });

  it('every reason used by the API and the domain is in the catalogue', () => {
    const reasons = [
      ...codesUsed(apiFiles, /ruleError\(\s*'([A-Z_]+)'/g),
      ...codesUsed(apiFiles, /reason:\s*'([A-Z_]+)'/g),
      ...codesUsed(sourceFiles(DOMAIN_SRC), /reason\(\s*'([A-Z_]+)'/g),
    ];
    expect(reasons.length).toBeGreaterThan(20);
    expect(reasons.filter(({ code }) => !isErrorReason(code))).toEqual([]);
  });

  it('has one code per rule: the API’s own reasons never repeat a domain reason or a class', () => {
    const apiCodes = Object.keys(API_REASONS);
    expect(apiCodes.filter((code) => code in REASON_MESSAGES)).toEqual([]);
    expect(apiCodes.filter((code) => isErrorClass(code))).toEqual([]);
    expect(Object.keys(REASON_MESSAGES).filter((code) => isErrorClass(code))).toEqual([]);
  });

  it('gives every reason a standard class and a Dutch description', () => {
    const { classes, reasons } = errorCatalogue();
    expect(classes).toHaveLength(8);
    for (const entry of [...classes, ...reasons]) {
      expect(entry.nl.length, entry.code).toBeGreaterThan(10);
      expect(entry.nl, entry.code).not.toMatch(/\b(the|is not|must|cannot)\b/);
    }
    for (const entry of reasons) expect(isErrorClass(entry.class), entry.code).toBe(true);
    expect(classOf('OWN_CASE')).toBe('FORBIDDEN');
    expect(classOf('INVALID_CREDENTIALS')).toBe('UNAUTHENTICATED');
    expect(classOf('DIRECTOR_NEEDS_VAKBEKWAAM')).toBe('BAD_USER_INPUT');
  });

  it('matches the checked-in copy (run `pnpm --filter @srpo/api errors:print` after changing it)', () => {
    expect(readFileSync(ERROR_CATALOGUE_FILE, 'utf8')).toBe(printErrorCatalogue());
  });
});
