import { todayInAmsterdam } from '@srpo/domain';
import type { EntityManager } from 'typeorm';
import { leaderTables, type CatalogueTable, type ColumnClass } from './personal-data-catalogue';
import { leaderKeys, PARAMS_CTE, paramsOf } from './personal-data-sql';

/** Rows per section at most: a leader's sections are small; the audit log of a long career is the largest. */
export const EXPORT_ROWS_PER_SECTION = 2_000;

export const EXPORT_FORMAT = 'schoolleidersregister-persoonsgegevens/1';

/** What the export shows of a secret: that it exists, not its value. */
export const WITHHELD = 'aanwezig, niet getoond (beveiliging)';

export interface ExportColumn {
  name: string;
  /** Dutch label (keys and technical columns: their name). */
  label: string;
  /** The leader's personal data (true) or a key or technical column shown for context. */
  personal: boolean;
  /** Dutch: how the value is shown when not as itself (a secret, a file). */
  note?: string;
}

export interface ExportSection {
  /** The table, a stable key. */
  table: string;
  label: string;
  columns: ExportColumn[];
  /** One object per row, keyed by column name; dates ISO (`2026-03-01`), instants ISO with offset. */
  rows: Record<string, unknown>[];
  /** More rows than {@link EXPORT_ROWS_PER_SECTION} exist; the register office provides the rest on request. */
  truncated: boolean;
}

export interface LeaderDataExport {
  format: typeof EXPORT_FORMAT;
  leaderId: string;
  generatedAt: string;
  sections: ExportSection[];
}

const shown = (column: ColumnClass) => column.kind !== 'others';

function exportExpression(name: string, column: ColumnClass): string {
  if (column.kind !== 'leader' || !column.exportAs) return `t.${name}`;
  if (column.exportAs === 'presence') return `CASE WHEN t.${name} IS NULL THEN NULL ELSE '${WITHHELD}' END`;
  return column.exportAs.sql;
}

function sectionSql(entry: CatalogueTable): string {
  const columns = Object.entries(entry.columns).filter(([, column]) => shown(column));
  const object = columns.map(([name, column]) => `'${name}', ${exportExpression(name, column)}`).join(', ');
  const order = entry.orderBy ?? `t.${Object.keys(entry.columns)[0]}`;
  return `(SELECT json_build_object('rows', coalesce(json_agg(x.r ORDER BY x.n) FILTER (WHERE x.n <= ${EXPORT_ROWS_PER_SECTION}), '[]'::json),
                                   'truncated', count(*) > ${EXPORT_ROWS_PER_SECTION})
             FROM (SELECT json_build_object(${object}) AS r, row_number() OVER (ORDER BY ${order}) AS n
                     FROM ${entry.table} t WHERE ${entry.rowsOf} ORDER BY ${order} LIMIT ${EXPORT_ROWS_PER_SECTION + 1}) x) AS "${entry.table}"`;
}

/** One statement for every section (no query per row or table). */
const EXPORT_SQL = `WITH ${PARAMS_CTE} SELECT ${leaderTables().map(sectionSql).join(',\n')} FROM params`;

function columnsOf(entry: CatalogueTable): ExportColumn[] {
  return Object.entries(entry.columns)
    .filter(([, column]) => shown(column))
    .map(([name, column]) => {
      if (column.kind !== 'leader') return { name, label: name, personal: false };
      const note = column.exportAs === 'presence' ? 'Alleen of het bestaat' : column.exportAs?.note;
      return note ? { name, label: column.label, personal: true, note } : { name, label: column.label, personal: true };
    });
}

/**
 * Everything the register holds about a leader, section per catalogue table (stable order, keys and
 * Dutch labels), read in two statements. Secrets show only that they exist; files are referenced by
 * their download path. NOT_FOUND for an unknown leader. Authorisation is the caller's.
 */
export async function exportLeaderData(manager: EntityManager, leaderId: string, now: Date = new Date()): Promise<LeaderDataExport> {
  const keys = await leaderKeys(manager, leaderId);
  const [row] = (await manager.query(EXPORT_SQL, paramsOf(keys, todayInAmsterdam(now)))) as Record<string, { rows: Record<string, unknown>[]; truncated: boolean }>[];
  return {
    format: EXPORT_FORMAT,
    leaderId,
    generatedAt: now.toISOString(),
    sections: leaderTables().map((entry) => ({
      table: entry.table,
      label: entry.label,
      columns: columnsOf(entry),
      rows: row![entry.table]!.rows,
      truncated: row![entry.table]!.truncated,
    })),
  };
}
