import ExcelJS from 'exceljs';
import { LEGACY_IMPORT_COLUMNS, type LegacyImportKind } from '@srpo/domain';
import type { LegacyFile } from '../legacy-files';
import type { LegacyFiles } from '../fixtures/legacy-population';

const pad = (value: number) => String(value).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const dutch = (year: number, month: number, day: number) => `${day}-${month}-${year}`;

/**
 * A generated old register of `leaders` leaders: boards, one employment and (for most) a
 * registration each, re-registrations, deferrals and theme completions, dates in both notations.
 * About 3.4 rows per leader: 2,950 leaders make just over 10,000 rows. Unlike the planned populations of
 * ../fixtures it varies the files' notations (mixed date styles, an optional column) to test the reader.
 */
export function legacyPopulation(leaders: number): LegacyFiles {
  const tables: LegacyFiles = { besturen: [], schoolleiders: [], dienstverbanden: [], registraties: [], herregistraties: [], uitstel: [], afrondingen: [] };
  const boards = Math.max(1, Math.floor(leaders / 10));
  for (let b = 0; b < boards; b += 1) tables.besturen.push({ bestuursnummer: String(40000 + b), naam: `Stichting Oud ${b}`, plaats: b % 2 ? 'Utrecht' : undefined });
  for (let i = 0; i < leaders; i += 1) {
    const number = String(900000 + i);
    const year = 2014 + (i % 4);
    const month = 1 + (i % 12);
    const day = 1 + (i % 28);
    const director = i % 5 !== 0;
    tables.schoolleiders.push({
      registratienummer: number,
      voornaam: i % 7 === 0 ? 'Anne-Marie' : 'Jan',
      tussenvoegsel: i % 3 === 0 ? 'van der' : undefined,
      achternaam: `Oud${i}`,
      geboortedatum: i % 4 === 0 ? undefined : dutch(1970 + (i % 20), month, day),
      email: i % 2 === 0 ? `oud${i}@example.nl` : undefined,
      ingeschreven_op: iso(year - 1, month, day),
    });
    tables.dienstverbanden.push({
      registratienummer: number,
      bestuursnummer: String(40000 + (i % boards)),
      functie: director ? 'directeur' : 'adjunct-directeur',
      begindatum: iso(2010, month, day),
      einddatum: i % 11 === 0 ? iso(2019, 7, 31) : undefined,
    });
    if (i % 10 === 9) continue; // enrolled, never registered
    const aspirant = i % 25 === 0;
    tables.registraties.push({
      registratienummer: number,
      titel: director ? 'RDO' : 'RADO',
      niveau: aspirant ? undefined : i % 6 === 0 ? 'master' : 'vakbekwaam',
      aspirant: aspirant ? 'ja' : 'nee',
      aspirant_tot: aspirant ? iso(year + 2, month, day) : undefined,
      geregistreerd_op: i % 2 ? iso(year, month, day) : dutch(year, month, day),
      volledig_geregistreerd_op: undefined,
      uitgeschreven_op: i % 40 === 1 ? iso(year + 3, 1, 1) : undefined,
    });
    if (!aspirant && year <= 2015 && i % 3 === 0) tables.herregistraties.push({ registratienummer: number, goedgekeurd_op: iso(year + 4, month, day), route: 'themas' });
    if (!aspirant && i % 9 === 0) {
      const granted = i % 18 === 0;
      tables.uitstel.push({
        registratienummer: number,
        soort: 'herregistratie',
        reden: 'gegronde_reden',
        aangevraagd_op: iso(year + 3, month, day),
        gevraagde_datum: iso(year + 5, month, day),
        besluit: granted ? 'toegekend' : 'afgewezen',
        besloten_op: iso(year + 3, month, Math.min(28, day + 1)),
        nieuwe_datum: granted ? iso(year + 5, month, day) : undefined,
      });
    }
    if (i % 4 === 0) {
      tables.afrondingen.push({ registratienummer: number, thema: String(1 + (i % 7)), leerroute: 'formeel', datum: iso(year + 1, month, day), omschrijving: 'Leergang' });
      tables.afrondingen.push({ registratienummer: number, thema: '8', leerroute: i % 8 === 0 ? 'informeel' : 'formeel', datum: dutch(2018, month, day) });
    }
  }
  return tables;
}

export function rowCount(tables: LegacyFiles): number {
  return Object.values(tables).reduce((sum, rows) => sum + rows.length, 0);
}

/** The tables as one XLSX workbook (a sheet per kind); ISO dates become date cells, as a spreadsheet holds them. */
export async function asWorkbook(tables: LegacyFiles): Promise<LegacyFile> {
  const workbook = new ExcelJS.Workbook();
  for (const kind of Object.keys(tables) as LegacyImportKind[]) {
    const sheet = workbook.addWorksheet(kind);
    const columns = LEGACY_IMPORT_COLUMNS[kind].map((column) => column.name);
    sheet.addRow(columns);
    for (const row of tables[kind]) {
      sheet.addRow(columns.map((column) => {
        const value = row[column];
        return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : (value ?? null);
      }));
    }
  }
  return { name: 'oud-register.xlsx', content: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
