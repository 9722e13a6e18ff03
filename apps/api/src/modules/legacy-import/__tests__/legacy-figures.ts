import { parseDutchOrIsoDate, registrationStateOn, type CalendarDate, type QualificationLevel, type RegistrationFacts, type RegistrationTitle } from '@srpo/domain';
import type { LegacyFiles, LegacyRow } from '../fixtures/legacy-population';

const LEVELS: Record<string, QualificationLevel> = { basisbekwaam: 'BASISBEKWAAM', vakbekwaam: 'VAKBEKWAAM', master: 'MASTER' };

function date(value: string): CalendarDate | null {
  return value === '' ? null : parseDutchOrIsoDate(value);
}

function byLeader(rows: readonly LegacyRow[]): Map<string, LegacyRow[]> {
  const map = new Map<string, LegacyRow[]>();
  for (const row of rows) map.set(row.registratienummer!, [...(map.get(row.registratienummer!) ?? []), row]);
  return map;
}

/**
 * The table's figures read back from the generated rows with the domain's status rule, by the
 * definitions of `RegisterStatistics` in the schema: what the import and the statistics must agree with.
 */
export function figuresOn(files: LegacyFiles, asOf: CalendarDate) {
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
      .filter((row) => enrolledNumbers.has(row.registratienummer!) && onOrBefore(row.begindatum!) && (row.einddatum === '' || date(row.einddatum!)! >= asOf))
      .map((row) => row.bestuursnummer),
  );
  const registered = [...status.values()].filter((entry) => entry.status !== null && entry.status !== 'DEREGISTERED');
  const count = (title: RegistrationTitle, aspirant: boolean) => registered.filter((entry) => entry.title === title && entry.aspirant === aspirant).length;
  const statusCount = (wanted: string) => registered.filter((entry) => entry.status === wanted).length;
  const leadersWith = (rows: Map<string, LegacyRow[]>, test: (row: LegacyRow) => boolean) => [...rows.values()].filter((list) => list.some(test)).length;
  return {
    enrolledLeaders: enrolled.length,
    enrolledBoards: boards.size,
    registeredLeaders: registered.length,
    byTitle: { RDO: count('RDO', false), RADO: count('RADO', false), aspirantRDO: count('RDO', true), aspirantRADO: count('RADO', true) },
    initialDeferrals: {
      requested: leadersWith(deferrals, (d) => d.soort === 'registratie' && onOrBefore(d.aangevraagd_op!)),
      granted: leadersWith(deferrals, (d) => d.soort === 'registratie' && (d.besluit === 'toegekend' || d.besluit === 'deels') && onOrBefore(d.besloten_op!)),
    },
    reRegisteredLeaders: leadersWith(reRegistrations, (r) => onOrBefore(r.goedgekeurd_op!)),
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

/** Leaders per theme and route with a completion dated on or before `asOf`, by theme code. */
export function themeCompletionsOn(files: LegacyFiles, asOf: CalendarDate): Record<string, { formal: number; informal: number }> {
  const leaders = new Map<string, { formal: Set<string>; informal: Set<string> }>();
  for (const row of files.afrondingen) {
    if (date(row.datum!)! > asOf) continue;
    const entry = leaders.get(row.thema!) ?? { formal: new Set(), informal: new Set() };
    entry[row.leerroute === 'formeel' ? 'formal' : 'informal'].add(row.registratienummer!);
    leaders.set(row.thema!, entry);
  }
  return Object.fromEntries([...leaders].map(([theme, entry]) => [theme, { formal: entry.formal.size, informal: entry.informal.size }]));
}

