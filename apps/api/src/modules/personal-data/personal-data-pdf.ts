import { formatDateInWords, isValidCalendarDate, LEVEL_NAMES, REGISTRATION_STATUS_NAMES, timeInAmsterdam, TITLE_NAMES, todayInAmsterdam } from '@srpo/domain';
import { a4Document } from '../../shared/pdf';
import { LETTERHEAD } from '../letters/letter-text';
import type { LeaderDataExport } from './personal-data-export';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const FUNCTION_NAMES: Readonly<Record<string, string>> = { DIRECTOR: 'directeur', DEPUTY_DIRECTOR: 'adjunct-directeur' };
/** The register's Dutch words for the codes a reader meets most (column → code → word). */
const CODE_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  title: TITLE_NAMES,
  requested_title: TITLE_NAMES,
  level: LEVEL_NAMES,
  claimed_level: LEVEL_NAMES,
  granted_level: LEVEL_NAMES,
  function: FUNCTION_NAMES,
  leader_function: FUNCTION_NAMES,
};
/** Tables whose `status` is a registration status. */
const REGISTRATION_STATUS_TABLES = new Set(['registration', 'register_entry', 'register_timeline']);

/** A column's value in words: a known code by its Dutch name, anything else as {@link readableValue}. */
export function readableColumnValue(table: string, column: string, value: unknown): string {
  const names: Readonly<Record<string, string>> | undefined =
    column === 'status' && REGISTRATION_STATUS_TABLES.has(table) ? REGISTRATION_STATUS_NAMES : CODE_NAMES[column];
  if (names && typeof value === 'string' && Object.hasOwn(names, value)) return names[value]!;
  return readableValue(value);
}

/** A value as a reader sees it: Dutch dates in words, yes/no, lists joined. */
export function readableValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'string') {
    if (isValidCalendarDate(value)) return formatDateInWords(value);
    if (INSTANT.test(value)) {
      const at = new Date(value);
      if (!Number.isNaN(at.getTime())) return `${formatDateInWords(todayInAmsterdam(at))}, ${timeInAmsterdam(at)}`;
    }
    return value;
  }
  if (Array.isArray(value)) return value.map(readableValue).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * The export as a readable A4 PDF in Dutch: per section its rows, each personal column as
 * "label: value" (keys and technical columns are only in the JSON).
 */
export function renderExportPdf(data: LeaderDataExport): Promise<Buffer> {
  const title = 'Uw gegevens in het Schoolleidersregister';
  const { doc, done } = a4Document({ Title: title, Author: LETTERHEAD, Subject: title });
  const person = data.sections.find((section) => section.table === 'school_leader')?.rows[0];
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#154273').text(LETTERHEAD);
  doc.font('Helvetica').fontSize(9).fillColor('#555555').text('Register voor schoolleiders in het primair onderwijs');
  doc.moveDown(2);
  doc.fillColor('#000000').font('Helvetica-Bold').fontSize(14).text(title);
  doc.font('Helvetica').fontSize(10).moveDown(0.5);
  if (person) {
    const name = [person.first_name, person.infix, person.last_name].filter((part) => typeof part === 'string' && part !== '').join(' ');
    doc.text(`${name}, registernummer ${readableValue(person.register_number)}`);
  }
  doc.text(`Opgemaakt op ${readableValue(data.generatedAt)}. Dit overzicht bevat alle persoonsgegevens die het register over u bewaart (AVG, artikel 15).`);
  doc.text('Bestanden staan niet in dit overzicht; u downloadt ze via het genoemde pad in het portaal.');

  for (const section of data.sections) {
    const columns = section.columns.filter((column) => column.personal);
    if (columns.length === 0) continue;
    doc.moveDown(1);
    doc.font('Helvetica-Bold').fontSize(12).fillColor('#154273').text(section.label);
    doc.font('Helvetica').fontSize(10).fillColor('#000000');
    if (section.rows.length === 0) {
      doc.fillColor('#555555').text('Geen gegevens.').fillColor('#000000');
      continue;
    }
    section.rows.forEach((row, index) => {
      if (index > 0) doc.moveDown(0.5);
      for (const column of columns) {
        doc.font('Helvetica-Bold').text(`${column.label}: `, { continued: true }).font('Helvetica').text(readableColumnValue(section.table, column.name, row[column.name]));
      }
    });
    if (section.truncated) doc.moveDown(0.5).text('Er zijn meer gegevens dan hier staan; het register stuurt u de rest op verzoek.');
  }
  doc.end();
  return done;
}
