import { isAfter, isBefore, type CalendarDate } from './calendar-date';
import { isCertifiedOn, type CertificationPeriod } from './certification';
import { highestLevel, isLevelAtLeast, type LeaderFunction, type QualificationLevel, type RegistrationTitle } from './enums';
import type { Qualification } from './qualification-routes';
import { fail, ok, reason, type Reason, type Result } from './reasons';
import { rulesOn, type RuleSet } from './rule-sets';

/** An enrolment in a certified school-leader programme, the basis of an aspirant registration (§3.1). */
export interface ProgrammeEnrolment {
  readonly programmeId?: string;
  /** The level the programme leads to. */
  readonly programmeLevel: QualificationLevel;
  readonly certification: CertificationPeriod;
  readonly enrolledOn: CalendarDate;
  /** The programme's expected end date; the aspirant registration runs until this day (inclusive). */
  readonly expectedEndDate: CalendarDate;
}

/** What eligibility needs to know about the leader besides function and qualifications. */
export interface EligibilityLeaderFacts {
  /** Certified programmes the leader is enrolled in. */
  readonly enrolments?: readonly ProgrammeEnrolment[];
  /** Title applied for; defaults to the title that matches the function. */
  readonly requestedTitle?: RegistrationTitle;
}

/** A positive eligibility answer: the title and level that can be granted. */
export interface EligibilityGrant {
  readonly title: RegistrationTitle;
  /** Highest accepted qualification level; null for an aspirant without any qualification yet. */
  readonly level: QualificationLevel | null;
  readonly aspirant: boolean;
  /** Last day of the aspirant registration (the programme's expected end date); null for a full registration. */
  readonly aspirantUntil: CalendarDate | null;
  /** The level the title requires. */
  readonly requiredLevel: QualificationLevel;
}

/** The title that matches a function (§3.1): directeur → RDO, adjunct-directeur → RADO. */
export function titleForFunction(leaderFunction: LeaderFunction): RegistrationTitle {
  return leaderFunction === 'DIRECTOR' ? 'RDO' : 'RADO';
}

/** Minimum level of a title (§3.1): RDO → vakbekwaam, RADO → basisbekwaam. */
export function requiredLevelForTitle(title: RegistrationTitle): QualificationLevel {
  return title === 'RDO' ? 'VAKBEKWAAM' : 'BASISBEKWAAM';
}

/**
 * Titles a leader in `leaderFunction` at `level` may hold (§3.1): a director with vakbekwaam or higher
 * → RDO; a deputy with basisbekwaam → RADO, with vakbekwaam or higher → RADO or RDO.
 */
export function titlesAvailable(
  leaderFunction: LeaderFunction,
  level: QualificationLevel | null,
  asOf: CalendarDate,
  rules: RuleSet = rulesOn(asOf),
): RegistrationTitle[] {
  if (level === null || !isLevelAtLeast(level, rules.requiredLevel[leaderFunction])) return [];
  const titles: RegistrationTitle[] = [];
  if (leaderFunction === 'DEPUTY_DIRECTOR') titles.push('RADO');
  if (isLevelAtLeast(level, requiredLevelForTitle('RDO'))) titles.push('RDO');
  return titles;
}

function levelReason(leaderFunction: LeaderFunction, title: RegistrationTitle): Reason {
  if (leaderFunction === 'DIRECTOR') return reason('DIRECTOR_NEEDS_VAKBEKWAAM');
  return title === 'RDO' ? reason('RDO_NEEDS_VAKBEKWAAM') : reason('DEPUTY_NEEDS_BASISBEKWAAM');
}

function enrolmentReasons(enrolment: ProgrammeEnrolment, requiredLevel: QualificationLevel, asOf: CalendarDate, rules: RuleSet): Reason[] {
  const reasons: Reason[] = [];
  if (isAfter(enrolment.enrolledOn, asOf)) reasons.push(reason('ASPIRANT_NOT_YET_ENROLLED', { enrolledOn: enrolment.enrolledOn }));
  if (!isCertifiedOn(enrolment.certification, enrolment.enrolledOn, rules)) reasons.push(reason('ASPIRANT_PROGRAMME_NOT_CERTIFIED'));
  if (!isLevelAtLeast(enrolment.programmeLevel, requiredLevel)) reasons.push(reason('ASPIRANT_PROGRAMME_LEVEL_TOO_LOW', { requiredLevel }));
  if (isBefore(enrolment.expectedEndDate, asOf)) reasons.push(reason('ASPIRANT_PROGRAMME_ENDED', { expectedEndDate: enrolment.expectedEndDate }));
  return reasons;
}

/**
 * Which title and level a leader can be registered with on `asOf` (DESIGN §3.1).
 * - Director needs at least vakbekwaam → RDO (never RADO). Deputy needs at least basisbekwaam →
 *   RADO; a deputy with vakbekwaam or higher may request RDO.
 * - Only qualifications obtained on or before `asOf` count; the highest one is the level.
 * - Below the required level: aspirant of that title when enrolled (on or before `asOf`) in a
 *   programme certified on its enrolment date that leads to the required level and whose expected end
 *   date has not passed; the aspirant registration runs until that end date (the latest, if several).
 * - Otherwise: the reasons why not, including why each enrolment does not help.
 */
export function eligibility(
  leader: EligibilityLeaderFacts,
  leaderFunction: LeaderFunction,
  qualifications: readonly Qualification[],
  asOf: CalendarDate,
  rules: RuleSet = rulesOn(asOf),
): Result<EligibilityGrant> {
  const title = leader.requestedTitle ?? titleForFunction(leaderFunction);
  if (leaderFunction === 'DIRECTOR' && title === 'RADO') return fail(reason('DIRECTOR_CANNOT_HOLD_RADO'));
  const titleLevel = requiredLevelForTitle(title);
  const functionLevel = rules.requiredLevel[leaderFunction];
  const requiredLevel = isLevelAtLeast(titleLevel, functionLevel) ? titleLevel : functionLevel;

  const level = highestLevel(qualifications.filter((q) => !isAfter(q.obtainedOn, asOf)).map((q) => q.level));
  if (level !== null && isLevelAtLeast(level, requiredLevel)) {
    return ok({ title, level, aspirant: false, aspirantUntil: null, requiredLevel });
  }

  const enrolments = leader.enrolments ?? [];
  const usable = enrolments
    .filter((enrolment) => enrolmentReasons(enrolment, requiredLevel, asOf, rules).length === 0)
    .sort((a, b) => (a.expectedEndDate < b.expectedEndDate ? 1 : a.expectedEndDate > b.expectedEndDate ? -1 : 0));
  const best = usable[0];
  if (best !== undefined) {
    return ok({ title, level, aspirant: true, aspirantUntil: best.expectedEndDate, requiredLevel });
  }

  const reasons: Reason[] = [];
  if (level === null) reasons.push(reason('NO_QUALIFICATION'));
  reasons.push(levelReason(leaderFunction, title));
  for (const enrolment of enrolments) reasons.push(...enrolmentReasons(enrolment, requiredLevel, asOf, rules));
  const [first, ...rest] = reasons;
  return fail(first ?? levelReason(leaderFunction, title), ...rest);
}
