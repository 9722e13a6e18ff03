import { isBefore, subtractDuration, type CalendarDate } from './calendar-date';
import type { ReminderKind } from './enums';
import { evaluateReRegistration, type ReRegistrationEvidence } from './re-registration';
import { registrationStateOn, type RegistrationFacts } from './registration-status';
import { rulesOn, type RuleSet } from './rule-sets';
import type { ThemeCompletion } from './theme-completion';

/** One planned reminder for a due date. */
export interface ReminderScheduleEntry {
  readonly kind: ReminderKind;
  readonly sendOn: CalendarDate;
  readonly dueDate: CalendarDate;
}

/** A reminder to send, naming what is done and what is still missing (DESIGN §3.3). */
export interface Reminder extends ReminderScheduleEntry {
  /** Whether the leader could already re-register (then the reminder asks to apply). */
  readonly eligible: boolean;
  /** Distinct themes completed in the period so far, as evaluated on the send date. */
  readonly themesCompleted: readonly ThemeCompletion[];
  readonly themesMissing: number;
  readonly themesRequired: number;
}

/** A reminder already sent, as stored. */
export interface SentReminder {
  readonly kind: ReminderKind;
  readonly dueDate: CalendarDate;
}

/**
 * The reminders for `dueDate` (DESIGN §3.3): six months, twelve weeks and six weeks before, earliest
 * first (months clamp to month end: due 2018-08-31 → 2018-02-28).
 */
export function reminderSchedule(dueDate: CalendarDate, rules: RuleSet = rulesOn(dueDate)): ReminderScheduleEntry[] {
  return rules.reminders
    .map((reminder) => ({ kind: reminder.kind, sendOn: subtractDuration(dueDate, reminder.before), dueDate }))
    .sort((a, b) => (a.sendOn < b.sendOn ? -1 : a.sendOn > b.sendOn ? 1 : 0));
}

function toReminder(entry: ReminderScheduleEntry, facts: RegistrationFacts, evidence: ReRegistrationEvidence, date: CalendarDate, rules: RuleSet): Reminder {
  const evaluation = evaluateReRegistration(facts, evidence, date, rules);
  const { eligible, themesCompleted, themesMissing, themesRequired } = evaluation;
  return { ...entry, eligible, themesCompleted, themesMissing, themesRequired };
}

function remindable(facts: RegistrationFacts, date: CalendarDate, rules: RuleSet): CalendarDate | null {
  const state = registrationStateOn(facts, date, rules);
  if (state.status !== 'ACTIVE' || state.period === null || state.period.kind === 'ASPIRANT') return null;
  return state.period.dueDate;
}

/**
 * Reminders whose send date is exactly `date` for the registration's current due date (DESIGN §3.3),
 * each with what is still missing for re-registration. Only for ACTIVE, non-aspirant registrations.
 */
export function remindersDueOn(facts: RegistrationFacts, evidence: ReRegistrationEvidence, date: CalendarDate, rules: RuleSet = rulesOn(date)): Reminder[] {
  const dueDate = remindable(facts, date, rules);
  if (dueDate === null) return [];
  return reminderSchedule(dueDate, rules)
    .filter((entry) => entry.sendOn === date)
    .map((entry) => toReminder(entry, facts, evidence, date, rules));
}

/**
 * Catch-up for a job that missed days: the most recent reminder whose send date is on or before
 * `date` (and before the due date) that was not yet sent for the current due date, or none. Older
 * missed reminders are skipped so a leader never gets several at once. A deferral gives a new due
 * date and therefore a new schedule.
 */
export function pendingReminders(
  facts: RegistrationFacts,
  evidence: ReRegistrationEvidence,
  date: CalendarDate,
  sent: readonly SentReminder[],
  rules: RuleSet = rulesOn(date),
): Reminder[] {
  const dueDate = remindable(facts, date, rules);
  if (dueDate === null) return [];
  const passed = reminderSchedule(dueDate, rules).filter((entry) => !isBefore(date, entry.sendOn) && isBefore(date, entry.dueDate));
  const latest = passed[passed.length - 1];
  if (latest === undefined) return [];
  if (sent.some((s) => s.kind === latest.kind && s.dueDate === latest.dueDate)) return [];
  return [toReminder(latest, facts, evidence, date, rules)];
}
