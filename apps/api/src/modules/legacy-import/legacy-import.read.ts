import { LEGACY_IMPORT_KINDS } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { AppError } from '../../http/errors';
import type { KindProgress, LegacyImportPass, LegacyImportReport } from './legacy-import.service';
import type { LegacyImportReportType, LegacyImportRowPageType, LegacyImportState, LegacyImportType, LegacyOriginType } from './legacy-import.types';

const reportOf = (report: LegacyImportReport | null): LegacyImportReportType | null =>
  report && {
    counts: LEGACY_IMPORT_KINDS.map((kind) => ({ kind, ...report.counts[kind] })),
    problems: report.problems,
    seconds: report.seconds,
  };

/** An import as staff see it on the page; NOT_FOUND for an unknown id. */
export async function findLegacyImport(dataSource: DataSource, id: string): Promise<LegacyImportType> {
  const [row] = (await dataSource.query(`SELECT id, state, file_names, created_at, progress, dry_run_report, run_report FROM legacy_import WHERE id = $1`, [id])) as {
    id: string;
    state: LegacyImportState;
    file_names: string[];
    created_at: Date;
    progress: Partial<Record<string, KindProgress>>;
    dry_run_report: LegacyImportReport | null;
    run_report: LegacyImportReport | null;
  }[];
  if (!row) throw new AppError('NOT_FOUND', 'Deze import bestaat niet.');
  return {
    id: row.id,
    state: row.state,
    fileNames: row.file_names,
    createdAt: row.created_at,
    progress: LEGACY_IMPORT_KINDS.flatMap((kind) => (row.progress[kind] ? [{ kind, ...row.progress[kind] }] : [])),
    dryRunReport: reportOf(row.dry_run_report),
    runReport: reportOf(row.run_report),
    failed: row.state === 'FAILED',
  };
}

/** A page of a pass's rows (optionally of one outcome), in kind order and row order: two statements. */
export async function legacyImportRows(
  dataSource: DataSource,
  input: { id: string; pass: LegacyImportPass; outcome: string | null; first: number; offset: number },
): Promise<LegacyImportRowPageType> {
  const where = `import_id = $1 AND pass = $2 AND ($3::text IS NULL OR outcome = $3)`;
  const params = [input.id, input.pass, input.outcome];
  const [rows, [{ count }]] = await Promise.all([
    dataSource.query(
      `SELECT kind, row_number, outcome, reasons FROM legacy_import_row WHERE ${where}
        ORDER BY array_position($4::text[], kind), row_number OFFSET $5 LIMIT $6`,
      [...params, [...LEGACY_IMPORT_KINDS], input.offset, input.first],
    ) as Promise<{ kind: string; row_number: number; outcome: string; reasons: { code: string; message: string }[] }[]>,
    dataSource.query(`SELECT count(*)::int AS count FROM legacy_import_row WHERE ${where}`, params) as Promise<[{ count: number }]>,
  ]);
  return { totalCount: count, rows: rows.map((row) => ({ kind: row.kind, rowNumber: row.row_number, outcome: row.outcome, reasons: row.reasons })) };
}

/** When a record was taken over from the old register; null for the register's own records. */
export async function legacyOriginOf(dataSource: DataSource, entity: string, id: string): Promise<LegacyOriginType | null> {
  const [row] = (await dataSource.query(`SELECT imported_at FROM legacy_record WHERE entity = $1 AND entity_id = $2`, [entity, id])) as { imported_at: Date }[];
  return row ? { importedAt: row.imported_at } : null;
}
