import { LEGACY_IMPORT_KINDS, readLegacyRow, type CalendarDate, type LegacyImportKind, type Reason } from '@srpo/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit/record-audit';
import { Registration } from '../registrations/registration.entity';
import { RegistrationStatusService } from '../registrations/registration-status.service';
import { refused, type ImportContext, type ReadRow, type RowDecision } from './legacy-batch';
import { importCompletions } from './legacy-completions';
import { legacySources, type FileProblem, type LegacyFile, type NumberedRow } from './legacy-files';
import { importBoards, importEmployments, importLeaders } from './legacy-people';
import { importDeferrals, importRegistrations, importReRegistrations } from './legacy-registrations';

/** A pass over the files: the dry run (every decision, then rolled back) or the run (committed). */
export type LegacyImportPass = 'DRY_RUN' | 'RUN';

export interface KindCounts {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
}

export interface LegacyImportReport {
  pass: LegacyImportPass;
  counts: Record<LegacyImportKind, KindCounts>;
  /** Files or sheets not read at all, with why. */
  problems: { file: string; reasons: { code: string; message: string }[] }[];
  /** Wall-clock seconds of the pass. */
  seconds: number;
}

export interface KindProgress {
  read: number;
  processed: number;
  /** Rows of the kind, when known (the run knows them from its dry run). */
  total: number | null;
}

const BATCH_SIZE = 1_000;
const REFRESH_BATCH = 500;
/** One import at a time: two would decide against each other's half-written records. */
const IMPORT_LOCK_KEY = 7_115_062;

const HANDLERS: { [K in LegacyImportKind]: (rows: readonly ReadRow<K>[], ctx: ImportContext) => Promise<RowDecision[]> } = {
  besturen: importBoards,
  schoolleiders: importLeaders,
  dienstverbanden: importEmployments,
  registraties: importRegistrations,
  herregistraties: importReRegistrations,
  uitstel: importDeferrals,
  afrondingen: importCompletions,
};

const emptyCounts = (): KindCounts => ({ read: 0, created: 0, updated: 0, unchanged: 0, refused: 0 });
const COUNTED = { CREATE: 'created', UPDATE: 'updated', UNCHANGED: 'unchanged', REFUSED: 'refused' } as const;
const plainReasons = (reasons: readonly Reason[]) => reasons.map(({ code, message }) => ({ code, message }));

/**
 * The legacy import of the old register (issue 11, contract 2). An import stores its files; a pass
 * streams them kind by kind in batches: the domain reads each row, the kind's handler decides per
 * row (create / update / unchanged / refused, against the register and the rows before it) and writes
 * the accepted ones with a fixed number of statements per batch. The dry run does exactly what the
 * run does inside one transaction and rolls it back, so the run applies the same decisions; the run
 * commits once, then refreshes the statuses and register entries of the leaders it touched.
 * Progress and the per-row report are written beside the transaction, so the page sees them live.
 */
export class LegacyImportService {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores an upload as a new import (UPLOADED: more files may follow); returns its id. */
  async create(files: readonly LegacyFile[], actorAccountId: string): Promise<string> {
    if (files.length === 0) throw new AppError('BAD_USER_INPUT', 'Kies ten minste één bestand om te importeren.');
    return this.dataSource.transaction(async (manager) => {
      const [created] = (await manager.query(`INSERT INTO legacy_import (created_by, state, file_names) VALUES ($1, 'UPLOADED', '{}') RETURNING id`, [
        actorAccountId,
      ])) as { id: string }[];
      for (const file of files) await this.addFileWith(manager, created!.id, file);
      return created!.id;
    });
  }

  /** Adds a file to an import that has not started yet (one request per file of a set of CSV files). */
  async addFile(importId: string, file: LegacyFile, actorAccountId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [found] = (await manager.query(`SELECT state, created_by FROM legacy_import WHERE id = $1 FOR UPDATE`, [importId])) as { state: string; created_by: string }[];
      if (!found || found.created_by !== actorAccountId) throw new AppError('NOT_FOUND', 'Deze import bestaat niet.');
      if (found.state !== 'UPLOADED') throw new AppError('CONFLICT', 'Deze import is al gestart; begin een nieuwe import om bestanden toe te voegen.');
      await this.addFileWith(manager, importId, file);
    });
  }

  private async addFileWith(manager: EntityManager, importId: string, file: LegacyFile): Promise<void> {
    await manager.query(`INSERT INTO legacy_import_file (import_id, name, content) VALUES ($1, $2, $3)`, [importId, file.name, file.content]);
    await manager.query(`UPDATE legacy_import SET file_names = array_append(file_names, $2), updated_at = now() WHERE id = $1`, [importId, file.name]);
  }

  /**
   * Moves an import on to its next pass (UPLOADED or FAILED before a run → dry run; DRY_RUN_DONE →
   * run); CONFLICT when it is running or done. The caller queues the pass.
   */
  async advance(importId: string, pass: LegacyImportPass): Promise<void> {
    const from = pass === 'DRY_RUN' ? ['UPLOADED', 'DRY_RUN_DONE', 'FAILED'] : ['DRY_RUN_DONE'];
    const updated = (await this.dataSource.query(
      `UPDATE legacy_import SET state = $2, updated_at = now() WHERE id = $1 AND state = ANY($3::text[]) AND (run_report IS NULL) RETURNING id`,
      [importId, pass === 'DRY_RUN' ? 'DRY_RUN_QUEUED' : 'RUN_QUEUED', from],
    )) as [{ id: string }[], number] | { id: string }[];
    const rows = Array.isArray(updated[0]) ? (updated[0] as { id: string }[]) : (updated as { id: string }[]);
    if (rows.length === 0) {
      throw new AppError(
        'CONFLICT',
        pass === 'DRY_RUN' ? 'Deze import wordt al gecontroleerd of is al uitgevoerd.' : 'Importeren kan pas na een afgeronde proefimport, en maar één keer.',
      );
    }
  }

  /** Runs one pass of a stored import (the job's work); FAILED with the error when it breaks. */
  async runPass(importId: string, pass: LegacyImportPass, today: CalendarDate): Promise<LegacyImportReport> {
    const [found] = (await this.dataSource.query(`SELECT created_by, dry_run_report FROM legacy_import WHERE id = $1`, [importId])) as {
      created_by: string;
      dry_run_report: LegacyImportReport | null;
    }[];
    if (!found) throw new AppError('NOT_FOUND', 'Deze import bestaat niet.');
    const files = (await this.dataSource.query(`SELECT name, content FROM legacy_import_file WHERE import_id = $1 ORDER BY name`, [importId])) as LegacyFile[];
    await this.dataSource.query(`DELETE FROM legacy_import_row WHERE import_id = $1 AND pass = $2`, [importId, pass]);
    await this.dataSource.query(`UPDATE legacy_import SET state = $2, error = NULL, progress = '{}', updated_at = now() WHERE id = $1`, [
      importId,
      pass === 'DRY_RUN' ? 'DRY_RUN_RUNNING' : 'RUN_RUNNING',
    ]);
    try {
      const report = await this.pass(importId, pass, files, found.created_by, today, found.dry_run_report);
      await this.dataSource.query(`UPDATE legacy_import SET state = $2, ${pass === 'DRY_RUN' ? 'dry_run_report' : 'run_report'} = $3, updated_at = now() WHERE id = $1`, [
        importId,
        pass === 'DRY_RUN' ? 'DRY_RUN_DONE' : 'DONE',
        JSON.stringify(report),
      ]);
      return report;
    } catch (error) {
      await this.dataSource.query(`UPDATE legacy_import SET state = 'FAILED', error = $2, updated_at = now() WHERE id = $1`, [
        importId,
        error instanceof Error ? error.message.slice(0, 2_000) : String(error),
      ]);
      throw error;
    }
  }

  private async pass(
    importId: string,
    pass: LegacyImportPass,
    files: readonly LegacyFile[],
    actorAccountId: string,
    today: CalendarDate,
    dryRunReport: LegacyImportReport | null,
  ): Promise<LegacyImportReport> {
    const started = performance.now();
    const { sources, problems } = await legacySources(files);
    const counts = Object.fromEntries(LEGACY_IMPORT_KINDS.map((kind) => [kind, emptyCounts()])) as Record<LegacyImportKind, KindCounts>;
    const progress = Object.fromEntries(
      sources.map((source) => [source.kind, { read: 0, processed: 0, total: dryRunReport?.counts[source.kind]?.read ?? null }]),
    ) as Partial<Record<LegacyImportKind, KindProgress>>;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT pg_advisory_xact_lock($1)`, [IMPORT_LOCK_KEY]);
      const ctx: ImportContext = { manager: runner.manager, importId, actorAccountId, today, seen: new Map(), touchedLeaderIds: new Set() };
      for (const source of sources) {
        const kindProgress = progress[source.kind]!;
        let batch: NumberedRow[] = [];
        const flush = async () => {
          kindProgress.read += batch.length;
          await this.saveProgress(importId, progress);
          const decisions = await this.decide(source.kind, batch, ctx);
          await this.saveRows(importId, pass, source.kind, decisions);
          for (const decision of decisions) counts[source.kind][COUNTED[decision.outcome]] += 1;
          counts[source.kind].read += batch.length;
          kindProgress.processed += batch.length;
          batch = [];
        };
        for await (const row of source.rows()) {
          batch.push(row);
          if (batch.length === BATCH_SIZE) await flush();
        }
        if (batch.length > 0) await flush();
        await this.saveProgress(importId, progress);
      }
      if (pass === 'RUN') {
        await this.refreshLeaders(ctx);
        await recordAudit(runner.manager, { actorAccountId, entity: 'legacy_import', entityId: importId, action: 'LEGACY_IMPORT_RUN', after: { counts } });
        await runner.commitTransaction();
        // Thousands of rows at once: fresh planner statistics now, before the next query (the statistics' first of
        // all) meets tables the planner still believes empty; autovacuum may take minutes to get there.
        await runner.query('ANALYZE');
      } else {
        await runner.rollbackTransaction();
      }
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
    return {
      pass,
      counts,
      problems: problems.map((problem: FileProblem) => ({ file: problem.file, reasons: plainReasons(problem.reasons) })),
      seconds: Math.round((performance.now() - started) / 10) / 100,
    };
  }

  /** The domain reads each row; the kind's handler decides (and writes) the readable ones. Decisions in row order. */
  private async decide<K extends LegacyImportKind>(kind: K, batch: readonly NumberedRow[], ctx: ImportContext): Promise<RowDecision[]> {
    const decisions: RowDecision[] = [];
    const readable: ReadRow<K>[] = [];
    for (const { rowNumber, row } of batch) {
      const result = readLegacyRow(kind, row);
      if (result.ok) readable.push({ rowNumber, record: result.value });
      else decisions.push(refused(rowNumber, null, ...result.reasons));
    }
    if (readable.length > 0) decisions.push(...(await HANDLERS[kind](readable, ctx)));
    return decisions.sort((a, b) => a.rowNumber - b.rowNumber);
  }

  /** Statuses and public register entries of the leaders whose facts changed, in batches. */
  private async refreshLeaders(ctx: ImportContext): Promise<void> {
    const leaderIds = [...ctx.touchedLeaderIds];
    const statuses = new RegistrationStatusService(ctx.manager);
    for (let start = 0; start < leaderIds.length; start += REFRESH_BATCH) {
      const registrations = await ctx.manager.getRepository(Registration).find({ where: { leaderId: In(leaderIds.slice(start, start + REFRESH_BATCH)) } });
      await statuses.refresh(registrations, ctx.today);
    }
  }

  private async saveProgress(importId: string, progress: Partial<Record<LegacyImportKind, KindProgress>>): Promise<void> {
    await this.dataSource.query(`UPDATE legacy_import SET progress = $2, updated_at = now() WHERE id = $1`, [importId, JSON.stringify(progress)]);
  }

  private async saveRows(importId: string, pass: LegacyImportPass, kind: LegacyImportKind, decisions: readonly RowDecision[]): Promise<void> {
    if (decisions.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO legacy_import_row (import_id, pass, kind, row_number, outcome, record_key, reasons)
       SELECT $1, $2, $3, * FROM unnest($4::int[], $5::text[], $6::text[], $7::jsonb[])`,
      [
        importId,
        pass,
        kind,
        decisions.map((decision) => decision.rowNumber),
        decisions.map((decision) => decision.outcome),
        decisions.map((decision) => decision.key),
        decisions.map((decision) => JSON.stringify(plainReasons(decision.reasons))),
      ],
    );
  }
}

/**
 * Stores `files` as an import by `actorAccountId` (a staff account) and runs its dry run, or its run
 * (`dryRun: false`) straight away: for scripts, fixtures and tests. The page goes through the queue.
 */
export async function importLegacyFiles(
  dataSource: DataSource,
  files: readonly LegacyFile[],
  options: { actorAccountId: string; today: CalendarDate; dryRun: boolean },
): Promise<LegacyImportReport & { importId: string }> {
  const service = new LegacyImportService(dataSource);
  const importId = await service.create(files, options.actorAccountId);
  if (!options.dryRun) await dataSource.query(`UPDATE legacy_import SET state = 'RUN_QUEUED' WHERE id = $1`, [importId]);
  const report = await service.runPass(importId, options.dryRun ? 'DRY_RUN' : 'RUN', options.today);
  return { ...report, importId };
}
