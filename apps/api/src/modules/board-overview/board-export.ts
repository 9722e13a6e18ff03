import type { Writable } from 'node:stream';
import { calendarDateParts, CSV_BOM, csvRow, displayName, LEVEL_NAMES, registrationStatusName, type CalendarDate, type LeaderFunction } from '@srpo/domain';
import ExcelJS from 'exceljs';
import { In, type DataSource } from 'typeorm';
import { AppError } from '../../http/errors';
import { EMPLOYED_AT_BOARD, LeaderProfileService } from '../leaders/leader-profile.service';
import { SchoolLeader } from '../leaders/school-leader.entity';
import { Board } from '../organisations/board.entity';
import { loadThemeCatalogue } from '../theme-progress/theme-evidence';
import { reRegistrationThemeCounts } from './re-registration-themes';

/** Leaders per batch: each batch is a fixed number of statements, so memory and time grow with the file, not per row. */
const BATCH_SIZE = 500;

// Dutch words of the file (the portal's i18n speaks the same: board.columns; statuses and levels are the domain's).
const FUNCTION: Record<LeaderFunction, string> = { DIRECTOR: 'Directeur', DEPUTY_DIRECTOR: 'Adjunct-directeur' };

export const EXPORT_HEADERS = ['Naam', 'Registernummer', 'Functie en school', 'Titel', 'Niveau', 'Status', 'Herregistratie uiterlijk', 'Thema’s afgerond'] as const;

/** One leader in the export; `due` stays a date so the XLSX gets a date cell. */
export interface ExportRow {
  cells: [name: string, registerNumber: string, employment: string, title: string, level: string, status: string];
  due: CalendarDate | null;
  themes: string;
}

/** "07-05-2027": the numeric Dutch date that Dutch spreadsheets read as a date. */
export function dutchNumericDate(date: CalendarDate): string {
  const { year, month, day } = calendarDateParts(date);
  return `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`;
}

/** The board's name, NOT_FOUND for an unknown board. */
export async function boardName(dataSource: DataSource, boardId: string): Promise<string> {
  const board = await dataSource.getRepository(Board).findOneBy({ id: boardId });
  if (!board) throw new AppError('NOT_FOUND', 'Dit bestuur bestaat niet.');
  return board.name;
}

/**
 * The board's current leaders on `today`, by name, in batches: keyset pages of the leaders, then each
 * batch's profiles (registration state by the domain) and theme counts in a fixed number of statements.
 */
export async function* boardExportRows(dataSource: DataSource, boardId: string, today: CalendarDate): AsyncGenerator<ExportRow[]> {
  const profiles = new LeaderProfileService(dataSource, today);
  const catalogue = await loadThemeCatalogue(dataSource);
  let after = ['', '00000000-0000-0000-0000-000000000000'];
  for (;;) {
    const ids = (await dataSource.query(
      `SELECT l.id, l.sort_key FROM school_leader l WHERE ${EMPLOYED_AT_BOARD} AND (l.sort_key, l.id) > ($3, $4::uuid) ORDER BY l.sort_key, l.id LIMIT ${BATCH_SIZE}`,
      [boardId, today, after[0], after[1]],
    )) as { id: string; sort_key: string }[];
    if (ids.length === 0) return;
    const last = ids[ids.length - 1]!;
    after = [last.sort_key, last.id];
    const leaders = await dataSource.getRepository(SchoolLeader).findBy({ id: In(ids.map((row) => row.id)) });
    const byId = new Map(leaders.map((leader) => [leader.id, leader]));
    const ordered = ids.flatMap((row) => byId.get(row.id) ?? []);
    const [rows, themes] = [await profiles.profiles(ordered), await reRegistrationThemeCounts(dataSource, ordered.map((leader) => leader.id), today, catalogue)];
    yield rows.map((profile) => {
      const registration = profile.registration;
      const employment = profile.employments
        .filter((item) => item.startsOn <= today && (item.endsOn === null || item.endsOn >= today))
        .map((item) => [FUNCTION[item.function], item.schoolName].filter(Boolean).join(', '))
        .join('; ');
      const count = themes.get(profile.id);
      return {
        cells: [
          displayName(profile),
          profile.registerNumber,
          employment,
          registration ? `${registration.aspirant ? 'aspirant ' : ''}${registration.title}` : 'Niet geregistreerd',
          registration?.level ? LEVEL_NAMES[registration.level] : '',
          registration ? registrationStatusName(registration.status, registration.aspirant) : '',
        ],
        due: registration?.reRegistrationDue ?? null,
        themes: count ? `${count.completed} van ${count.required}` : '',
      };
    });
  }
}

/** Writes the rows as CSV (`;`, CRLF, BOM, Dutch dates) to `out`, batch by batch, minding back-pressure. */
export async function writeBoardCsv(out: Writable, batches: AsyncIterable<ExportRow[]>): Promise<void> {
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve())));
  await write(CSV_BOM + csvRow(EXPORT_HEADERS));
  for await (const batch of batches) {
    await write(batch.map((row) => csvRow([...row.cells, row.due ? dutchNumericDate(row.due) : '', row.themes])).join(''));
  }
  out.end();
}

/** Writes the rows as one XLSX sheet to `out` with exceljs' streaming writer: rows are committed per batch, due dates are date cells. */
export async function writeBoardXlsx(out: Writable, batches: AsyncIterable<ExportRow[]>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Schoolleiders', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_HEADERS.map((header, index) => ({ header, width: [28, 16, 40, 14, 14, 24, 22, 16][index] }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const batch of batches) {
    for (const row of batch) {
      const excelRow = sheet.addRow([...row.cells, row.due ? new Date(`${row.due}T00:00:00Z`) : null, row.themes]);
      excelRow.getCell(7).numFmt = 'dd-mm-yyyy';
      excelRow.commit();
    }
  }
  sheet.commit();
  await workbook.commit();
}

/** The file's name: "Schoolleiders <bestuur> 30-11-2026.csv". */
export function exportFileName(board: string, today: CalendarDate, extension: 'csv' | 'xlsx'): string {
  return `Schoolleiders ${board} ${dutchNumericDate(today)}.${extension}`;
}
