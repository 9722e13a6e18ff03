import { checkPageSize } from '../../database/offset-cursor';
import { AppError } from '../../http/errors';
import { forwardPageInfo } from '../../schema/connection';

/** Page size bounds shared by the newest-first lists keyed on a bigserial id (audit log, outbox). */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** An opaque cursor for a bigserial id. */
export function encodeIdCursor(id: string): string {
  return Buffer.from(`id:${id}`).toString('base64url');
}

/** The id inside a cursor from {@link encodeIdCursor}; BAD_USER_INPUT for anything else. */
export function decodeIdCursor(cursor: string): string {
  const match = /^id:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw new AppError('BAD_USER_INPUT', 'Ongeldige cursor: gebruik een `endCursor` uit een eerder antwoord.', { field: 'after' });
  return match[1];
}

/** `first` checked against the bounds (default when absent). */
export function pageSize(first: number | null | undefined): number {
  return checkPageSize(first, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
}

/** Relay page of rows that were fetched with one extra row to learn whether a next page exists. */
export function toPage<T extends { id: string }>(rows: readonly T[], size: number) {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: encodeIdCursor(node.id), node }));
  return { edges, pageInfo: forwardPageInfo(edges, rows.length > size, false) };
}
