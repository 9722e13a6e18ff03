import { reason, type CalendarDate, type LegacyImportKind, type LegacyRecords, type Reason } from '@srpo/domain';
import type { EntityManager } from 'typeorm';
import { recordAudits } from '../audit/record-audit';

/** What a row does (dry run: would do) to the register. */
export type RowOutcome = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'REFUSED';

export interface RowDecision {
  rowNumber: number;
  outcome: RowOutcome;
  /** The row's natural key (e.g. `123456|2016-03-01`); null when the row could not be read. */
  key: string | null;
  reasons: Reason[];
}

/** A row the domain read into a record. */
export interface ReadRow<K extends LegacyImportKind> {
  rowNumber: number;
  record: LegacyRecords[K];
}

/** One pass of an import (dry run or run): its transaction and what it has seen so far. */
export interface ImportContext {
  manager: EntityManager;
  importId: string;
  actorAccountId: string;
  today: CalendarDate;
  /** `kind|key` → the first row with that natural key in this pass: a second one is refused. */
  seen: Map<string, number>;
  /** Leaders whose registration facts or theme evidence this pass changed (their status and register entry are refreshed). */
  touchedLeaderIds: Set<string>;
}

/** Refuses a second row with the same natural key in one import (one record, one row). */
export function duplicateOf(ctx: ImportContext, kind: LegacyImportKind, key: string, rowNumber: number): Reason | null {
  const seenKey = `${kind}|${key}`;
  const first = ctx.seen.get(seenKey);
  if (first !== undefined) return reason('LEGACY_DUPLICATE_ROW', { row: first });
  ctx.seen.set(seenKey, rowNumber);
  return null;
}

export const refused = (rowNumber: number, key: string | null, ...reasons: Reason[]): RowDecision => ({ rowNumber, outcome: 'REFUSED', key, reasons });
export const decided = (rowNumber: number, outcome: Exclude<RowOutcome, 'REFUSED'>, key: string): RowDecision => ({ rowNumber, outcome, key, reasons: [] });

/** Leaders by register number, with whether they came from the old register (only those may be changed by an import). */
export async function leadersByNumber(ctx: ImportContext, numbers: readonly string[]): Promise<Map<string, { id: string; legacy: boolean }>> {
  const rows = (await ctx.manager.query(
    `SELECT l.id, l.register_number, (r.entity_id IS NOT NULL) AS legacy
       FROM school_leader l LEFT JOIN legacy_record r ON r.entity = 'school_leader' AND r.entity_id = l.id
      WHERE l.register_number = ANY($1::text[])`,
    [[...new Set(numbers)]],
  )) as { id: string; register_number: string; legacy: boolean }[];
  return new Map(rows.map((row) => [row.register_number, { id: row.id, legacy: row.legacy }]));
}

/**
 * The leader a row of a later kind belongs to: one taken over from the old register. A leader of
 * this register with the same number is someone else (refused), an unknown number too.
 */
export function leaderOf(leaders: Map<string, { id: string; legacy: boolean }>, registerNumber: string): { id: string } | Reason {
  const leader = leaders.get(registerNumber);
  if (!leader) return reason('LEGACY_LEADER_UNKNOWN', { registerNumber });
  if (!leader.legacy) return reason('LEGACY_REGISTER_NUMBER_IN_USE', { registerNumber });
  return leader;
}

/** Ids of the records among `ids` that an import created (the others are this register's own and left alone). */
export async function legacyIds(ctx: ImportContext, entity: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = (await ctx.manager.query(`SELECT entity_id FROM legacy_record WHERE entity = $1 AND entity_id = ANY($2::uuid[])`, [entity, [...ids]])) as {
    entity_id: string;
  }[];
  return new Set(rows.map((row) => row.entity_id));
}

const AUDIT_CHUNK = 1_000;

/**
 * Marks records as taken over from the old register (their origin, under their natural key) and
 * audits each created or updated record: a fixed number of statements per batch.
 */
export async function recordImported(
  ctx: ImportContext,
  entity: string,
  created: readonly { id: string; key: string; after: unknown }[],
  updated: readonly { id: string; before: unknown; after: unknown }[],
): Promise<void> {
  if (created.length > 0) {
    await ctx.manager.query(
      `INSERT INTO legacy_record (entity, entity_id, legacy_key, import_id) SELECT $1, id, key, $2 FROM unnest($3::uuid[], $4::text[]) AS t(id, key)`,
      [entity, ctx.importId, created.map((item) => item.id), created.map((item) => item.key)],
    );
  }
  const entries = [
    ...created.map((item) => ({ actorAccountId: ctx.actorAccountId, entity, entityId: item.id, action: 'LEGACY_IMPORTED', after: item.after })),
    ...updated.map((item) => ({ actorAccountId: ctx.actorAccountId, entity, entityId: item.id, action: 'LEGACY_IMPORT_UPDATED', before: item.before, after: item.after })),
  ];
  for (let start = 0; start < entries.length; start += AUDIT_CHUNK) await recordAudits(ctx.manager, entries.slice(start, start + AUDIT_CHUNK));
}

/** Column arrays of `rows` for `unnest(...)`: `pick(rows, 'a', 'b')` → `[[a…], [b…]]`. */
export function columnsOf<T, C extends keyof T>(rows: readonly T[], ...columns: C[]): unknown[][] {
  return columns.map((column) => rows.map((row) => row[column] ?? null));
}
