import { createHash, randomUUID } from 'node:crypto';
import type { CalendarDate } from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { freshRegisterEntriesVersion } from '../registrations/registration-read-model';
import { PublicRegisterService } from '../public-register/public-register.service';
import { CSV_HEADER, csvLine, jsonClosing, jsonEntry, jsonOpening, openDataEntry } from './open-data-format';

export type OpenDataFormat = 'csv' | 'json';

/** Entries read per FETCH from the cursor: one entry statement each. */
const BATCH_SIZE = 1_000;
/** A stored part of a file is written once it reaches this size. */
const PART_BYTES = 1 << 20;

export interface OpenDataExportOptions {
  /** The export's time (default now). */
  now?: Date;
  /** Smaller batches and parts (tests: several of each with a handful of entries). */
  batchSize?: number;
  partBytes?: number;
}
/** The latest export is served; the one before it stays for downloads that started before the new one. */
const KEPT_EXPORTS = 2;

export interface OpenDataExportInfo {
  id: string;
  registerDate: CalendarDate;
  generatedAt: Date;
  entries: number;
  files: Record<OpenDataFormat, { bytes: number; sha256: string }>;
}

/** Writes one file of an export in parts of about `partBytes`, hashing as it goes. */
class PartWriter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private part = 0;
  private bytes = 0;
  private readonly hash = createHash('sha256');

  constructor(
    private readonly db: EntityManager,
    private readonly exportId: string,
    private readonly format: OpenDataFormat,
    private readonly partBytes: number,
  ) {}

  async write(text: string): Promise<void> {
    const chunk = Buffer.from(text, 'utf8');
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= this.partBytes) await this.flush();
  }

  async close(): Promise<{ bytes: number; sha256: string }> {
    await this.flush();
    return { bytes: this.bytes, sha256: this.hash.digest('base64url') };
  }

  private async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    await this.db.query(`INSERT INTO open_data_export_part (export_id, format, part, content) VALUES ($1, $2, $3, $4)`, [
      this.exportId,
      this.format,
      this.part,
      Buffer.concat(this.pending),
    ]);
    this.part += 1;
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/**
 * Writes today's open-data export of the public register (CSV and JSON) into PostgreSQL: every entry
 * the register shows on `registerDate`, with the same facts `publicRegistration` gives, in register
 * order. One REPEATABLE READ transaction reads a single snapshot through a cursor, a thousand entries at
 * a time, and stores both files in parts, so memory stays flat at any size; the new export becomes
 * visible at commit, replacing the one before (which stays one run for downloads in flight).
 */
export async function generateOpenDataExport(dataSource: DataSource, registerDate: CalendarDate, options: OpenDataExportOptions = {}): Promise<OpenDataExportInfo> {
  const { now = new Date(), batchSize = BATCH_SIZE, partBytes = PART_BYTES } = options;
  // Every entry exact for the day before the snapshot is taken (a no-op after the daily job ran).
  await freshRegisterEntriesVersion(dataSource, registerDate);
  const register = new PublicRegisterService(dataSource);
  return dataSource.transaction('REPEATABLE READ', async (db) => {
    const id = randomUUID();
    const csv = new PartWriter(db, id, 'csv', partBytes);
    const json = new PartWriter(db, id, 'json', partBytes);
    await csv.write(CSV_HEADER);
    await json.write(jsonOpening(registerDate, now));
    let entries = 0;
    await db.query(`DECLARE open_data_entries NO SCROLL CURSOR FOR SELECT register_number FROM register_entry ORDER BY sort_key, register_number`);
    for (;;) {
      const rows = (await db.query(`FETCH FORWARD ${batchSize} FROM open_data_entries`)) as { register_number: string }[];
      if (rows.length === 0) break;
      const batch = await register.entriesInOrder(db, rows.map((row) => row.register_number), registerDate);
      let csvText = '';
      let jsonText = '';
      for (const entry of batch.map(openDataEntry)) {
        csvText += csvLine(entry);
        jsonText += jsonEntry(entry, entries === 0);
        entries += 1;
      }
      await csv.write(csvText);
      await json.write(jsonText);
    }
    await db.query(`CLOSE open_data_entries`);
    await json.write(jsonClosing(entries));
    const files = { csv: await csv.close(), json: await json.close() };
    await db.query(
      `INSERT INTO open_data_export (id, register_date, generated_at, entries, csv_bytes, csv_sha256, json_bytes, json_sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, registerDate, now, entries, files.csv.bytes, files.csv.sha256, files.json.bytes, files.json.sha256],
    );
    await db.query(`DELETE FROM open_data_export WHERE id IN (SELECT id FROM open_data_export ORDER BY generated_at DESC, id OFFSET ${KEPT_EXPORTS})`);
    return { id, registerDate, generatedAt: now, entries, files };
  });
}

interface ExportRow {
  id: string;
  register_date: CalendarDate;
  generated_at: Date;
  entries: number;
  csv_bytes: string;
  csv_sha256: string;
  json_bytes: string;
  json_sha256: string;
}

/** The export every instance serves: the latest written; null before the first. */
export async function latestOpenDataExport(dataSource: DataSource): Promise<OpenDataExportInfo | null> {
  const [row] = (await dataSource.query(
    `SELECT id, to_char(register_date, 'YYYY-MM-DD') AS register_date, generated_at, entries, csv_bytes, csv_sha256, json_bytes, json_sha256
       FROM open_data_export ORDER BY generated_at DESC, id LIMIT 1`,
  )) as ExportRow[];
  if (!row) return null;
  return {
    id: row.id,
    registerDate: row.register_date,
    generatedAt: row.generated_at,
    entries: row.entries,
    files: { csv: { bytes: Number(row.csv_bytes), sha256: row.csv_sha256 }, json: { bytes: Number(row.json_bytes), sha256: row.json_sha256 } },
  };
}

/** The parts of one file, one at a time (a download never holds the whole file). */
export async function* openDataFileParts(dataSource: DataSource, exportId: string, format: OpenDataFormat): AsyncGenerator<Buffer> {
  for (let part = 0; ; part += 1) {
    const [row] = (await dataSource.query(`SELECT content FROM open_data_export_part WHERE export_id = $1 AND format = $2 AND part = $3`, [
      exportId,
      format,
      part,
    ])) as { content: Buffer }[];
    if (!row) return;
    yield row.content;
  }
}
