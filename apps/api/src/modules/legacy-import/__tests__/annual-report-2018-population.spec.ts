import { parseDutchOrIsoDate, registrationStateOn, type CalendarDate, type QualificationLevel, type RegistrationFacts, type RegistrationTitle } from '@srpo/domain';
import { describe, expect, it } from 'vitest';
import { ANNUAL_REPORT_2018, annualReport2018Population } from '../fixtures/annual-report-2018';
import { toCsvFiles, type LegacyFiles, type LegacyRow } from '../fixtures/legacy-population';

const LEVELS: Record<string, QualificationLevel> = { basisbekwaam: 'BASISBEKWAAM', vakbekwaam: 'VAKBEKWAAM', master: 'MASTER' };

function date(value: string): CalendarDate | null {
  return value === '' ? null : parseDutchOrIsoDate(value);
}

function byLeader(rows: readonly LegacyRow[]): Map<string, LegacyRow[]> {
  const map = new Map<string, LegacyRow[]>();
  for (const row of rows) map.set(row.registratienummer!, [...(map.get(row.registratienummer!) ?? []), row]);
  return map;
}

/** The table's figures read back from the generated rows with the domain's status rules (what the import and statistics must agree with). */
function figuresOn(files: LegacyFiles, asOf: CalendarDate) {
  const reRegistrations = byLeader(files.herregistraties);
  const deferrals = byLeader(files.uitstel);
  const completions = byLeader(files.afrondingen);
  const onOrBefore = (value: string): boolean => value !== '' && date(value)! <= asOf;
  const status = new Map<string, { status: string | null; title: RegistrationTitle; aspirant: boolean }>();
  for (const row of files.registraties) {
    const number = row.registratienummer!;
    const facts: RegistrationFacts = {
      registeredOn: date(row.geregistreerd_op!)!,
      title: row.titel as RegistrationTitle,
      level: LEVELS[row.niveau!] ?? null,
      aspirant: row.aspirant === 'ja',
      aspirantUntil: date(row.aspirant_tot!),
      fullRegistrationOn: date(row.volledig_geregistreerd_op!),
      deregisteredOn: date(row.uitgeschreven_op!),
      reRegistrations: (reRegistrations.get(number) ?? []).map((r) => ({ approvedOn: date(r.goedgekeurd_op!)! })),
      deferrals: (deferrals.get(number) ?? [])
        .filter((d) => d.soort === 'herregistratie' && d.nieuwe_datum !== '')
        .map((d) => ({ grantedOn: date(d.besloten_op!)!, newDueDate: date(d.nieuwe_datum!)! })),
    };
    const state = registrationStateOn(facts, asOf);
    status.set(number, { status: state.status, title: facts.title, aspirant: state.aspirant });
  }
  const left = (number: string): boolean => status.get(number)?.status === 'DEREGISTERED';
  const enrolled = files.schoolleiders.filter((row) => onOrBefore(row.ingeschreven_op!) && !left(row.registratienummer!));
  const enrolledNumbers = new Set(enrolled.map((row) => row.registratienummer!));
  const boards = new Set(
    files.dienstverbanden
      .filter((row) => enrolledNumbers.has(row.registratienummer!) && onOrBefore(row.begindatum!) && (row.einddatum === '' || date(row.einddatum!)! > asOf))
      .map((row) => row.bestuursnummer),
  );
  const registered = [...status.values()].filter((entry) => entry.status !== null && entry.status !== 'DEREGISTERED');
  const count = (title: RegistrationTitle, aspirant: boolean) => registered.filter((entry) => entry.title === title && entry.aspirant === aspirant).length;
  const statusCount = (wanted: string) => registered.filter((entry) => entry.status === wanted).length;
  const leadersWith = (rows: Map<string, LegacyRow[]>, test: (row: LegacyRow) => boolean) => [...rows.values()].filter((list) => list.some(test)).length;
  const year = asOf.slice(0, 4);
  return {
    enrolledLeaders: enrolled.length,
    enrolledBoards: boards.size,
    registeredLeaders: registered.length,
    byTitle: { RDO: count('RDO', false), RADO: count('RADO', false), aspirantRDO: count('RDO', true), aspirantRADO: count('RADO', true) },
    initialDeferrals: {
      requested: leadersWith(deferrals, (d) => d.soort === 'registratie' && onOrBefore(d.aangevraagd_op!)),
      granted: leadersWith(deferrals, (d) => d.soort === 'registratie' && (d.besluit === 'toegekend' || d.besluit === 'deels') && onOrBefore(d.besloten_op!)),
    },
    reRegisteredLeaders: leadersWith(reRegistrations, (r) => onOrBefore(r.goedgekeurd_op!) && r.goedgekeurd_op!.startsWith(year)),
    expired: statusCount('EXPIRED'),
    conditional: statusCount('CONDITIONAL'),
    reRegistrationDeferrals: {
      requested: leadersWith(deferrals, (d) => d.soort === 'herregistratie' && onOrBefore(d.aangevraagd_op!)),
      granted: leadersWith(deferrals, (d) => d.soort === 'herregistratie' && (d.besluit === 'toegekend' || d.besluit === 'deels') && onOrBefore(d.besloten_op!)),
    },
    leadersWithFormalThemeCompletion: leadersWith(completions, (c) => c.leerroute === 'formeel' && onOrBefore(c.datum!)),
    leadersWithInformalThemeCompletion: leadersWith(completions, (c) => c.leerroute === 'informeel' && onOrBefore(c.datum!)),
  };
}

describe('the 2018 population of the old register', () => {
  const population = annualReport2018Population();

  it('gives every figure of the 2018 table when read with the register rules on 31 December 2018', () => {
    const { asOf, ...table } = ANNUAL_REPORT_2018;
    expect(figuresOn(population.files, asOf)).toEqual(table);
  });

  it('is the same population on every run', () => {
    expect(toCsvFiles(annualReport2018Population().files)).toEqual(toCsvFiles(population.files));
  });
});
