import { CSV_BOM, csvRow, type CalendarDate } from '@srpo/domain';
import type { PublicRegistrationType } from '../public-register/public-register.types';

/**
 * One entry of the open-data files: the public facts of `PublicRegistration` that DESIGN §5 lists,
 * picked one by one (a field added to the public type later never reaches the files unseen).
 */
export interface OpenDataEntry {
  registerNumber: string;
  displayName: string;
  title: string;
  aspirant: boolean;
  qualificationLevel: string | null;
  status: string;
  registeredOn: CalendarDate;
  reRegistrationDue: CalendarDate | null;
  completedThemes: { theme: { code: string; name: string }; completedOn: CalendarDate; route: string }[];
  boards: { name: string }[];
}

export function openDataEntry(entry: PublicRegistrationType): OpenDataEntry {
  return {
    registerNumber: entry.registerNumber,
    displayName: entry.displayName,
    title: entry.title,
    aspirant: entry.aspirant,
    qualificationLevel: entry.qualificationLevel,
    status: entry.status,
    registeredOn: entry.registeredOn,
    reRegistrationDue: entry.reRegistrationDue,
    completedThemes: entry.completedThemes.map(({ theme, completedOn, route }) => ({ theme: { code: theme.code, name: theme.name }, completedOn, route })),
    boards: entry.boards.map(({ name }) => ({ name })),
  };
}

/** The files' licence (SPDX id and text), also in the JSON file and on the register site's API page. */
export const OPEN_DATA_LICENCE = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.nl' } as const;

/** The columns of the CSV file: the JSON field names, so both files read the same. */
export const CSV_COLUMNS = [
  'registerNumber',
  'displayName',
  'title',
  'aspirant',
  'qualificationLevel',
  'status',
  'registeredOn',
  'reRegistrationDue',
  'completedThemes',
  'boards',
] as const satisfies readonly (keyof OpenDataEntry)[];

export const CSV_HEADER = CSV_BOM + csvRow(CSV_COLUMNS);

/**
 * One CSV row. A cell holds one value; the two lists are joined with `|`: themes as
 * `code:completedOn:route` (`1:2025-03-01:FORMAL|4:2025-06-12:INFORMAL`), boards by name.
 */
export function csvLine(entry: OpenDataEntry): string {
  return csvRow([
    entry.registerNumber,
    entry.displayName,
    entry.title,
    String(entry.aspirant),
    entry.qualificationLevel ?? '',
    entry.status,
    entry.registeredOn,
    entry.reRegistrationDue ?? '',
    entry.completedThemes.map(({ theme, completedOn, route }) => `${theme.code}:${completedOn}:${route}`).join('|'),
    entry.boards.map(({ name }) => name).join('|'),
  ]);
}

/** What precedes the entries in the JSON file: what it is, for which day, when made, under which licence. */
export function jsonOpening(registerDate: CalendarDate, generatedAt: Date): string {
  const about = {
    name: 'Schoolleidersregister PO: openbaar register',
    registerDate,
    generatedAt: generatedAt.toISOString(),
    licence: OPEN_DATA_LICENCE,
  };
  return `${JSON.stringify(about).slice(0, -1)},"entries":[\n`;
}

export function jsonEntry(entry: OpenDataEntry, first: boolean): string {
  return `${first ? '' : ',\n'}${JSON.stringify(entry)}`;
}

export function jsonClosing(entries: number): string {
  return `\n],"entryCount":${entries}}\n`;
}
