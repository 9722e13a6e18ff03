import {
  registerEventBetween,
  registrationStateOn,
  RULE_SETS,
  timelineSegments,
  type CalendarDate,
  type QualificationLevel,
  type RegistrationFacts,
  type RegistrationState,
  type RegistrationStatus,
  type RegistrationTitle,
} from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { recordLeaderStatusEvents, type LeaderStatusEventInput } from '../webhooks/webhook-events';
import { latestFirst } from './latest-registration';
import { titleOn, type TitleChangeFact } from './registration.facts';

type Db = DataSource | EntityManager;

/** A registration with its history, as `registrationsJson` returns it (dates as 'YYYY-MM-DD'). */
export interface StoredRegistration {
  id: string;
  registeredOn: CalendarDate;
  firstRegisteredOn: CalendarDate | null;
  aspirant: boolean;
  aspirantUntil: CalendarDate | null;
  fullRegistrationOn: CalendarDate | null;
  deregisteredOn: CalendarDate | null;
  title: RegistrationTitle;
  level: QualificationLevel | null;
  titleChanges: TitleChangeFact[];
  reRegistrations: { approvedOn: CalendarDate }[];
  deferrals: { grantedOn: CalendarDate; newDueDate: CalendarDate }[];
}

/**
 * SQL expression: every registration of the leader `leaderId` (an SQL expression) with its title
 * changes, re-registrations and deferrals, newest first, as one JSON array. Part of a single statement,
 * so a public entry or a read-model refresh never needs a query per history table.
 */
export function registrationsJson(leaderId: string): string {
  return `(SELECT coalesce(json_agg(json_build_object(
        'id', rm_r.id, 'registeredOn', rm_r.registered_on, 'firstRegisteredOn', rm_r.first_registered_on,
        'aspirant', rm_r.aspirant, 'aspirantUntil', rm_r.aspirant_until, 'fullRegistrationOn', rm_r.full_registration_on,
        'deregisteredOn', rm_r.deregistered_on, 'title', rm_r.title, 'level', rm_r.level,
        'titleChanges', coalesce((SELECT json_agg(json_build_object('effectiveOn', rm_t.effective_on, 'title', rm_t.title,
                                   'level', rm_t.level, 'aspirant', rm_t.aspirant) ORDER BY rm_t.effective_on)
                                    FROM registration_title_change rm_t WHERE rm_t.registration_id = rm_r.id), '[]'::json),
        'reRegistrations', coalesce((SELECT json_agg(json_build_object('approvedOn', rm_x.approved_on) ORDER BY rm_x.approved_on)
                                       FROM re_registration rm_x WHERE rm_x.registration_id = rm_r.id), '[]'::json),
        'deferrals', coalesce((SELECT json_agg(json_build_object('grantedOn', rm_d.granted_on, 'newDueDate', rm_d.new_due_date) ORDER BY rm_d.granted_on)
                                 FROM registration_deferral rm_d WHERE rm_d.registration_id = rm_r.id), '[]'::json)
      ) ORDER BY ${latestFirst('rm_r')}), '[]'::json)
     FROM registration rm_r WHERE rm_r.leader_id = ${leaderId})`;
}

/** The domain's input for a stored registration. */
export function storedFacts(registration: StoredRegistration): RegistrationFacts {
  return {
    registeredOn: registration.registeredOn,
    title: registration.title,
    level: registration.level,
    aspirant: registration.aspirant,
    aspirantUntil: registration.aspirantUntil,
    fullRegistrationOn: registration.fullRegistrationOn,
    firstRegisteredOn: registration.firstRegisteredOn,
    reRegistrations: registration.reRegistrations,
    deferrals: registration.deferrals,
    deregisteredOn: registration.deregisteredOn,
  };
}

/**
 * The first day after `today` on which the domain's answer for these facts may differ from today's:
 * the current period's due date or end of the conditional half year, or any fact dated after today
 * (a registration, full registration, re-registration, deferral, title change or deregistration
 * recorded ahead of its date), or a new rule set. Null: never. Between today and that day the status,
 * due date, period and title stay what they are today, so a cached answer is exact until then.
 */
export function nextChangeOn(facts: RegistrationFacts, titleChanges: readonly TitleChangeFact[], today: CalendarDate): CalendarDate | null {
  const state = registrationStateOn(facts, today);
  const candidates: (CalendarDate | null | undefined)[] = [
    facts.registeredOn,
    facts.fullRegistrationOn,
    facts.deregisteredOn,
    state.period?.dueDate,
    state.period?.expiresOn,
    ...facts.reRegistrations.map((row) => row.approvedOn),
    ...facts.deferrals.map((row) => row.grantedOn),
    ...titleChanges.map((row) => row.effectiveOn),
    ...RULE_SETS.map((rules) => rules.validFrom),
  ];
  let next: CalendarDate | null = null;
  for (const date of candidates) if (date && date > today && (next === null || date < next)) next = date;
  return next;
}

/** What the register shows for a leader on `date`: the latest registration registered by then, its state and title. */
export interface EntryOn {
  registration: StoredRegistration;
  facts: RegistrationFacts;
  state: RegistrationState & { status: NonNullable<RegistrationState['status']> };
  title: { title: RegistrationTitle; level: QualificationLevel | null; aspirant: boolean };
}

export function entryOn(registrations: readonly StoredRegistration[], date: CalendarDate): EntryOn | null {
  // `registrations` come latest first (registrationsJson), so the first registered by `date` is the one.
  const registration = registrations.find((candidate) => candidate.registeredOn <= date);
  if (!registration) return null;
  const facts = storedFacts(registration);
  const state = registrationStateOn(facts, date);
  const title = titleOn(registration.titleChanges, date);
  if (!state.status || !title) return null;
  return { registration, facts, state: state as EntryOn['state'], title };
}

/** What the register shows for a leader during a segment of {@link registerTimeline}. */
export interface ShownEntry {
  registrationId: string;
  status: EntryOn['state']['status'];
  title: RegistrationTitle;
  level: QualificationLevel | null;
  aspirant: boolean;
}

/**
 * What the register shows for a leader on every date, as segments (`validTo` null: no end): the
 * domain's answer ({@link entryOn}) evaluated on the first registration date and on each day
 * {@link nextChangeOn} names, so each segment uses only the facts decided by its dates (a deferral
 * granted later moves nothing before its decision). `registerStatistics` counts these segments.
 */
export function registerTimeline(registrations: readonly StoredRegistration[]) {
  if (registrations.length === 0) return [];
  const start = registrations.reduce((first, registration) => (registration.registeredOn < first ? registration.registeredOn : first), registrations[0]!.registeredOn);
  return timelineSegments<ShownEntry>(
    start,
    (date) => {
      const entry = entryOn(registrations, date);
      return entry && {
        registrationId: entry.registration.id,
        status: entry.state.status,
        title: entry.title.title,
        level: entry.title.level,
        aspirant: entry.title.aspirant,
      };
    },
    (date) => {
      let next: CalendarDate | null = null;
      for (const registration of registrations) {
        const candidate = nextChangeOn(storedFacts(registration), registration.titleChanges, date);
        if (candidate && (next === null || candidate < next)) next = candidate;
      }
      return next;
    },
    (a, b) => a.registrationId === b.registrationId && a.status === b.status && a.title === b.title && a.level === b.level && a.aspirant === b.aspirant,
  );
}

/**
 * Replaces the `register_timeline` rows of the given leaders (two statements), marking the first
 * segment and where a registered run (ACTIVE, CONDITIONAL or EXPIRED without a break) starts and ends.
 */
async function writeRegisterTimelines(db: Db, leaders: readonly { id: string; registrations: StoredRegistration[] }[]): Promise<void> {
  const columns: unknown[][] = [[], [], [], [], [], [], [], [], [], [], []];
  const registered = (segment: { value: ShownEntry } | undefined) => segment !== undefined && segment.value.status !== 'DEREGISTERED';
  for (const leader of leaders) {
    const segments = registerTimeline(leader.registrations);
    segments.forEach((segment, index) => {
      const { value } = segment;
      const previous = segments[index - 1];
      const next = segments[index + 1];
      const enters = registered(segment) && !(previous?.validTo === segment.validFrom && registered(previous));
      const leaves = registered(segment) && segment.validTo !== null && !(next?.validFrom === segment.validTo && registered(next));
      const row = [leader.id, segment.validFrom, segment.validTo ?? 'infinity', value.registrationId, value.status, value.title, value.level, value.aspirant, index === 0, enters, leaves];
      row.forEach((cell, column) => columns[column]!.push(cell));
    });
  }
  await db.query(`DELETE FROM register_timeline WHERE leader_id = ANY($1::uuid[])`, [leaders.map((leader) => leader.id)]);
  await db.query(
    `INSERT INTO register_timeline (leader_id, valid_from, valid_to, registration_id, status, title, level, aspirant, first_entry, enters_register, leaves_register)
     SELECT * FROM unnest($1::uuid[], $2::date[], $3::date[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::boolean[], $10::boolean[], $11::boolean[])`,
    columns,
  );
}

interface LeaderRow {
  id: string;
  register_number: string;
  sort_key: string;
  search_text: string;
  /** An anonymised leader (AVG) keeps a timeline for the statistics but has no public entry. */
  anonymised: boolean;
  registrations: StoredRegistration[];
}

/**
 * Recomputes the `register_entry` rows of the given leaders for `today` with the domain (six
 * statements for any number of leaders, one more when a status changed), their `register_timeline` (all dates), and their `register_entry_pending` rows: none for a leader
 * with an entry (its `valid_until` says when to look again), the day the entry may appear for a leader
 * without one. Where the shown status changes, a `leader_status_event` (webhooks' outbox) is written in the same transaction. Call it in the transaction that changes a registration's facts;
 * `RegistrationStatusService.refresh` does (triggers mark facts changed any other way as pending).
 */
export async function refreshRegisterEntries(db: Db, leaderIds: readonly string[], today: CalendarDate): Promise<void> {
  const ids = [...new Set(leaderIds)];
  if (ids.length === 0) return;
  const leaders = (await db.query(
    `SELECT l.id, l.register_number, l.sort_key, l.search_text, l.anonymised_on IS NOT NULL AS anonymised, ${registrationsJson('l.id')} AS registrations
       FROM school_leader l WHERE l.id = ANY($1::uuid[])`,
    [ids],
  )) as LeaderRow[];
  // What the register showed until now, locked, so two refreshes of a leader see each other's result and report a change once.
  const before = new Map(
    ((await db.query(
      `SELECT leader_id, registration_id, status, aspirant, period_starts_on::text AS period_starts_on, computed_on::text AS computed_on
         FROM register_entry WHERE leader_id = ANY($1::uuid[]) ORDER BY leader_id FOR UPDATE`,
      [ids],
    )) as { leader_id: string; registration_id: string; status: RegistrationStatus; aspirant: boolean; period_starts_on: CalendarDate | null; computed_on: CalendarDate }[]).map((row) => [
      row.leader_id,
      { registrationId: row.registration_id, status: row.status, aspirant: row.aspirant, periodStartsOn: row.period_starts_on, computedOn: row.computed_on },
    ]),
  );
  const events: LeaderStatusEventInput[] = [];
  const shown: unknown[][] = [[], [], [], [], [], [], [], [], [], [], [], [], []];
  const present = new Set<string>();
  const pending: { leaderIds: string[]; dueOn: CalendarDate[] } = { leaderIds: [], dueOn: [] };
  for (const leader of leaders) {
    if (leader.anonymised) continue; // no entry (deleted below) and nothing pending; the timeline is still written
    let validUntil: CalendarDate | null = null;
    for (const registration of leader.registrations) {
      const next = nextChangeOn(storedFacts(registration), registration.titleChanges, today);
      if (next && (validUntil === null || next < validUntil)) validUntil = next;
    }
    const entry = entryOn(leader.registrations, today);
    if (!entry) {
      // Not in the register today (e.g. registered from a later date): remember when that may change.
      if (validUntil) {
        pending.leaderIds.push(leader.id);
        pending.dueOn.push(validUntil);
      }
      continue;
    }
    present.add(leader.id);
    const previous = before.get(leader.id) ?? null;
    // An entry computed for a later date (a run ahead of the calendar) recomputed for today is no change the register made.
    const event = previous && previous.computedOn > today ? null : registerEventBetween(previous, {
      registrationId: entry.registration.id,
      status: entry.state.status,
      aspirant: entry.title.aspirant,
      periodStartsOn: entry.state.period?.startsOn ?? null,
    });
    if (event) {
      events.push({
        leaderId: leader.id,
        event,
        entry: {
          registerNumber: leader.register_number,
          status: entry.state.status,
          previousStatus: previous?.status ?? null,
          title: entry.title.title,
          level: entry.title.level,
          aspirant: entry.title.aspirant,
          registeredOn: entry.registration.registeredOn,
          reRegistrationDue: entry.state.period?.dueDate ?? null,
        },
      });
    }
    const values = [
      leader.id,
      entry.registration.id,
      leader.register_number,
      leader.sort_key,
      leader.search_text,
      entry.state.status,
      entry.title.title,
      entry.title.level,
      entry.title.aspirant,
      entry.registration.registeredOn,
      entry.state.period?.dueDate ?? null,
      entry.state.period?.startsOn ?? null,
      validUntil ?? 'infinity',
    ];
    values.forEach((value, index) => shown[index]!.push(value));
  }
  await db.query(
    `WITH gone AS (DELETE FROM register_entry WHERE leader_id = ANY($14::uuid[]))
     INSERT INTO register_entry (leader_id, registration_id, register_number, sort_key, search_text, status, title, level, aspirant,
                                 registered_on, due_date, period_starts_on, valid_until, computed_on)
     SELECT *, $15::date FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                                     $9::boolean[], $10::date[], $11::date[], $12::date[], $13::date[])
     ON CONFLICT (leader_id) DO UPDATE SET
       registration_id = EXCLUDED.registration_id, sort_key = EXCLUDED.sort_key, search_text = EXCLUDED.search_text,
       status = EXCLUDED.status, title = EXCLUDED.title, level = EXCLUDED.level, aspirant = EXCLUDED.aspirant,
       registered_on = EXCLUDED.registered_on, due_date = EXCLUDED.due_date, period_starts_on = EXCLUDED.period_starts_on,
       valid_until = EXCLUDED.valid_until, computed_on = EXCLUDED.computed_on`,
    [...shown, ids.filter((id) => !present.has(id)), today],
  );
  await recordLeaderStatusEvents(db, events, today);
  await writeRegisterTimelines(db, leaders);
  await db.query(
    `WITH done AS (DELETE FROM register_entry_pending WHERE leader_id = ANY($1::uuid[]) AND leader_id <> ALL($2::uuid[]))
     INSERT INTO register_entry_pending (leader_id, due_on) SELECT * FROM unnest($2::uuid[], $3::date[])
     ON CONFLICT (leader_id) DO UPDATE SET due_on = EXCLUDED.due_on`,
    [ids, pending.leaderIds, pending.dueOn],
  );
}

const STALE_BATCH = 1_000;

/** What is not exact on a date (`$1`), each answered by an index: see {@link refreshStaleRegisterEntries}. */
const STALE = [
  { table: 'register_entry', column: 'valid_until', where: 'valid_until <= $1' },
  { table: 'register_entry', column: 'computed_on', where: 'computed_on > $1' },
  { table: 'register_entry_pending', column: 'due_on', where: 'due_on <= $1' },
] as const;

/**
 * Recomputes every entry that is not exact on `today`: its `valid_until` has come (on a normal day
 * only the few whose status changes today), it was computed for a later date, or its leader is
 * pending (facts changed outside the services, or an entry that appears today). Keyset batches on
 * indexes, so the work is linear in the entries that change. Returns the number recomputed.
 */
export async function refreshStaleRegisterEntries(db: Db, today: CalendarDate): Promise<number> {
  let refreshed = 0;
  for (const { table, column, where } of STALE) {
    let after = { key: '-infinity', leaderId: '00000000-0000-0000-0000-000000000000' };
    for (;;) {
      const rows = (await db.query(
        `SELECT leader_id, ${column}::text AS key FROM ${table}
          WHERE ${where} AND (${column}, leader_id) > ($2::date, $3::uuid)
          ORDER BY ${column}, leader_id LIMIT ${STALE_BATCH}`,
        [today, after.key, after.leaderId],
      )) as { leader_id: string; key: string }[];
      if (rows.length === 0) break;
      await refreshRegisterEntries(db, rows.map((row) => row.leader_id), today);
      refreshed += rows.length;
      const last = rows[rows.length - 1]!;
      after = { key: last.key, leaderId: last.leader_id };
    }
  }
  return refreshed;
}

/**
 * Makes sure every entry is exact for `today` before a search filters on it, and returns the read
 * model's version (bumped by a trigger on every change; for cached search counts). One statement of
 * three index probes and a key lookup; after the daily job ran there is nothing to do. Between midnight
 * and the job's run, the few entries whose status changes today are recomputed here, and so are the
 * entries of leaders whose facts changed outside the services: a search never filters on a status
 * (or counts one) that differs from the entry's statusOn(today).
 */
export async function freshRegisterEntriesVersion(dataSource: DataSource, today: CalendarDate): Promise<string> {
  const probe = `SELECT ${STALE.map(({ table, where }) => `EXISTS (SELECT 1 FROM ${table} WHERE ${where})`).join(' OR ')} AS stale,
                        (SELECT version::text FROM read_cache_version WHERE name = 'register') AS version`;
  const [first] = (await dataSource.query(probe, [today])) as { stale: boolean; version: string }[];
  if (!first!.stale) return first!.version;
  await dataSource.transaction((manager) => refreshStaleRegisterEntries(manager, today));
  const [after] = (await dataSource.query(probe, [today])) as { stale: boolean; version: string }[];
  return after!.version;
}
