import {
  addDays,
  addDuration,
  maxDate,
  pendingReminders,
  registrationStateOn,
  reminderSchedule,
  rulesOn,
  type CalendarDate,
} from '@srpo/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { recordAudits, type AuditEntryInput } from '../modules/audit/record-audit';
import { writeLetters, type LetterInput } from '../modules/letters/letter.service';
import { groupBy, loadRegistrationHistory } from '../modules/registrations/registration.loaders';
import { toRegistrationFacts } from '../modules/registrations/registration.facts';
import { RegistrationStatusService, type StatusChange } from '../modules/registrations/registration-status.service';
import { Registration } from '../modules/registrations/registration.entity';
import { loadReRegistrationEvidence, loadThemeCatalogue, type ThemeCatalogue } from '../modules/theme-progress/theme-evidence';
import { conditionalLetter, expiredLetter, reminderLetter } from './registration-letters';
import { ReminderSent } from './reminder-sent.entity';

export interface DailyJobResult {
  statusChanges: StatusChange[];
  /** Letters written for entering CONDITIONAL or EXPIRED. */
  statusLetters: number;
  reminders: number;
}

/** Serialises runs across processes (two API instances, or a start-up run meeting the 00:05 run). */
const DAILY_JOB_LOCK = 17950498;
const BATCH_SIZE = 500;

/**
 * The daily registration job (DESIGN §3.3, §4) for the register's date `today`, in one transaction:
 * 1. recompute the cached status of the registrations whose status can change today, and the public
 *    register's read model (`RegistrationStatusService.refreshAll`: keyset batches on indexed columns,
 *    so a normal day costs time in proportion to the day's changes, not to the register's size);
 * 2. for each change to CONDITIONAL or EXPIRED, a letter (with e-mail); every change gets an audit entry (actor: system);
 * 3. reminders six months, twelve weeks and six weeks before the due date, each once (`reminder_sent`), each a letter
 *    naming what the leader's stored evidence (counted completions) still lacks on `today`.
 * Idempotent: a second run on the same day finds nothing to do.
 */
export async function runDailyRegistrationJob(dataSource: DataSource, today: CalendarDate): Promise<DailyJobResult> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [DAILY_JOB_LOCK]);
    return runDay(manager, today);
  });
}

/**
 * The daily job as the queue runs it: once per register date across every API instance. The date is
 * claimed in the `daily_job_run` ledger in the job's own transaction (under the job's lock), so a
 * second instance, a start-up run meeting the 00:05 run, or a retry after success finds the row and
 * does nothing (null); a failed run leaves no row and is retried. `runner` names the instance.
 */
export async function runDailyRegistrationJobOnce(dataSource: DataSource, today: CalendarDate, runner: string): Promise<DailyJobResult | null> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [DAILY_JOB_LOCK]);
    const [done] = (await manager.query(`SELECT 1 FROM daily_job_run WHERE run_date = $1`, [today])) as unknown[];
    if (done) return null;
    const result = await runDay(manager, today);
    await manager.query(
      `INSERT INTO daily_job_run (run_date, runner, started_at, status_changes, status_letters, reminders) VALUES ($1, $2, now(), $3, $4, $5)`,
      [today, runner, result.statusChanges.length, result.statusLetters, result.reminders],
    );
    return result;
  });
}

async function runDay(manager: EntityManager, today: CalendarDate): Promise<DailyJobResult> {
  const statusChanges = await new RegistrationStatusService(manager).refreshAll(today);
  const statusLetters = await handleStatusChanges(manager, statusChanges, today);
  const reminders = await sendReminders(manager, today);
  return { statusChanges, statusLetters, reminders };
}

async function handleStatusChanges(manager: EntityManager, changes: readonly StatusChange[], today: CalendarDate): Promise<number> {
  let letterCount = 0;
  for (let start = 0; start < changes.length; start += BATCH_SIZE) {
    const batch = changes.slice(start, start + BATCH_SIZE);
    const audits: AuditEntryInput[] = batch.map((change) => ({
      actorAccountId: null,
      entity: 'registration',
      entityId: change.registrationId,
      action: 'STATUS_CHANGED',
      before: { status: change.from },
      after: { status: change.to, on: today },
    }));
    const lettered = batch.filter((change) => change.to === 'CONDITIONAL' || change.to === 'EXPIRED');
    if (lettered.length > 0) {
      const registrations = await manager.getRepository(Registration).findBy({ id: In(lettered.map((change) => change.registrationId)) });
      const targetStatus = new Map(lettered.map((change) => [change.registrationId, change.to]));
      const inputs: LetterInput[] = [];
      for (const item of await loadRegistrationHistory(manager, registrations)) {
        const { registration } = item;
        const period = registrationStateOn(toRegistrationFacts(item), today).period;
        if (!period) continue;
        const ref = { registrationId: registration.id, leaderId: registration.leaderId, title: registration.title };
        inputs.push(
          targetStatus.get(registration.id) === 'CONDITIONAL'
            ? conditionalLetter(ref, today, period.dueDate, period.expiresOn)
            : expiredLetter(ref, today, period.dueDate),
        );
      }
      const letters = await writeLetters(manager, inputs);
      const letterByRegistration = new Map(letters.map((letter) => [letter.relatedId, letter]));
      for (const audit of audits) {
        const letter = letterByRegistration.get(audit.entityId);
        if (letter) audit.after = { ...(audit.after as object), letterId: letter.id };
      }
      letterCount += letters.length;
    }
    await recordAudits(manager, audits);
  }
  return letterCount;
}

/** The furthest due date that can have a reminder due on `today` (a few days' margin for month-end clamping). */
function reminderHorizon(today: CalendarDate): CalendarDate {
  const reach = rulesOn(today).reminders.map((reminder) => addDuration(today, reminder.before));
  return addDays(maxDate(today, ...reach), 7);
}

/**
 * For each due date within reach, the latest reminder whose send date has come (the domain's
 * schedule): a registration due then can only need a reminder if that one was not sent yet.
 */
function remindableDueDates(today: CalendarDate): { dueDates: CalendarDate[]; kinds: ReminderSent['kind'][] } {
  const horizon = reminderHorizon(today);
  const dueDates: CalendarDate[] = [];
  const kinds: ReminderSent['kind'][] = [];
  for (let dueDate = addDays(today, 1); dueDate <= horizon; dueDate = addDays(dueDate, 1)) {
    const latest = reminderSchedule(dueDate, rulesOn(today)).filter((entry) => entry.sendOn <= today).pop();
    if (latest) {
      dueDates.push(dueDate);
      kinds.push(latest.kind);
    }
  }
  return { dueDates, kinds };
}

async function sendReminders(manager: EntityManager, today: CalendarDate): Promise<number> {
  const { dueDates, kinds } = remindableDueDates(today);
  let catalogue: ThemeCatalogue | null = null;
  let sentCount = 0;
  let after = { dueDate: today as string, id: '00000000-0000-0000-0000-000000000000' };
  for (;;) {
    // ACTIVE registrations due within reach whose latest reminder is not sent yet (keyset on the
    // partial index over due_date, id): on a normal day those with a send date today. The domain
    // decides the rest.
    const rows = (await manager.query(
      `SELECT r.id, r.due_date::text AS due_date
         FROM unnest($1::date[], $2::text[]) AS p(due_date, kind)
         JOIN registration r ON r.status = 'ACTIVE' AND r.due_date = p.due_date
        WHERE (r.due_date, r.id) > ($3::date, $4::uuid)
          AND NOT EXISTS (SELECT 1 FROM reminder_sent s WHERE s.registration_id = r.id AND s.kind = p.kind AND s.due_date = p.due_date)
        ORDER BY r.due_date, r.id
        LIMIT ${BATCH_SIZE}`,
      [dueDates, kinds, after.dueDate, after.id],
    )) as { id: string; due_date: string }[];
    if (rows.length === 0) return sentCount;
    const last = rows[rows.length - 1]!;
    after = { dueDate: last.due_date, id: last.id };
    const registrations = await manager.getRepository(Registration).findBy({ id: In(rows.map((row) => row.id)) });
    catalogue ??= await loadThemeCatalogue(manager);
    sentCount += await sendReminderBatch(manager, registrations, catalogue, today);
  }
}

/** Reminders for one batch of registrations: a fixed number of statements whatever the batch size. */
async function sendReminderBatch(manager: EntityManager, registrations: readonly Registration[], catalogue: ThemeCatalogue, today: CalendarDate): Promise<number> {
  const sentRows = await manager.getRepository(ReminderSent).findBy({ registrationId: In(registrations.map((registration) => registration.id)) });
  const sentByRegistration = groupBy(sentRows, (row) => row.registrationId);
  const evidence = await loadReRegistrationEvidence(manager, [...new Set(registrations.map((registration) => registration.leaderId))], catalogue);
  const themeNames = new Map(catalogue.themes.map((theme) => [theme.code, theme.name]));
  const due: { registration: Registration; input: LetterInput; kind: ReminderSent['kind']; dueDate: CalendarDate }[] = [];
  for (const item of await loadRegistrationHistory(manager, registrations)) {
    const { registration } = item;
    const sent = sentByRegistration.get(registration.id) ?? [];
    for (const reminder of pendingReminders(toRegistrationFacts(item), evidence.get(registration.leaderId)!, today, sent)) {
      const ref = { registrationId: registration.id, leaderId: registration.leaderId, title: registration.title };
      due.push({ registration, input: reminderLetter(ref, today, reminder, themeNames), kind: reminder.kind, dueDate: reminder.dueDate });
    }
  }
  if (due.length === 0) return 0;
  const letters = await writeLetters(manager, due.map((entry) => entry.input));
  await manager
    .getRepository(ReminderSent)
    .createQueryBuilder()
    .insert()
    .values(due.map((entry, index) => ({ registrationId: entry.registration.id, kind: entry.kind, dueDate: entry.dueDate, sentOn: today, letterId: letters[index]!.id })))
    .orIgnore()
    .execute();
  await recordAudits(
    manager,
    due.map((entry, index) => ({
      actorAccountId: null,
      entity: 'registration',
      entityId: entry.registration.id,
      action: 'REMINDER_SENT',
      after: { kind: entry.kind, dueDate: entry.dueDate, letterId: letters[index]!.id },
    })),
  );
  return due.length;
}
