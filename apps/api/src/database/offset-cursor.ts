import { AppError } from '../http/errors';

/** Opaque cursor for lists paged by position (sorted lists without a unique sort key). */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

export function decodeOffsetCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new AppError('BAD_USER_INPUT', 'Ongeldige cursor: gebruik een `endCursor` uit een eerder antwoord.', { field: 'after' });
  return Number(match[1]);
}

/** `first` within 1..max (default when absent), else BAD_USER_INPUT. */
export function checkPageSize(first: number | null | undefined, fallback: number, max: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new AppError('BAD_USER_INPUT', `\`first\` moet tussen 1 en ${max} liggen.`, { field: 'first' });
  }
  return size;
}
