import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../http/errors';

/** `%word%` for LIKE, with the pattern characters escaped. */
export function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The words of a search box (at most eight): each must match. */
export function searchWords(query: string | null | undefined): string[] {
  return (query ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
}

/** Narrows `query` to rows whose `expression` holds every word of `text` (accent- and case-insensitive). */
export function whereWordsMatch<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, expression: string, text: string | null | undefined): SelectQueryBuilder<T> {
  searchWords(text).forEach((word, index) =>
    query.andWhere(`srpo_search_normalize(${expression}) LIKE srpo_search_normalize(:searchWord${index})`, { [`searchWord${index}`]: likePattern(word) }),
  );
  return query;
}

/** Numbered SQL parameters: `add(value)` returns its placeholder. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** An opaque cursor of a keyset page: the sort key of the page's last row (e.g. name and register number). */
export function encodeKeyCursor(parts: readonly [string, string]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** The sort key inside a cursor from {@link encodeKeyCursor}; BAD_USER_INPUT for anything else. */
export function decodeKeyCursor(value: string): [string, string] {
  try {
    const parts = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parts) && parts.length === 2 && parts.every((part) => typeof part === 'string')) return parts as [string, string];
  } catch {
    // fall through
  }
  throw new AppError('BAD_USER_INPUT', 'Ongeldige cursor: gebruik een `endCursor` uit een eerder antwoord.', { field: 'after' });
}
