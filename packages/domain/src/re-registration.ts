import { formatDateInWords, isAfter, isBefore, type CalendarDate } from './calendar-date';
import { certificationEnd, isCertifiedOn, type CertificationPeriod } from './certification';
import { isLevelAtLeast, type QualificationLevel, type ReRegistrationRoute } from './enums';
import { reason, type Reason } from './reasons';
import { nextDueDateAfterReRegistration, registrationStateOn, type RegistrationFacts, type RegistrationPeriod } from './registration-status';
import { rulesOn, type RuleSet } from './rule-sets';
import {
  completedThemes,
  type EvidenceWindow,
  type FormalCompletion,
  type IgnoredEvidence,
  type InformalValidation,
  type ThemeCompletion,
  type ThemeDefinition,
} from './theme-completion';

/** A master's diploma offered for re-registration (§3.5 route 1). */
export interface MasterDiplomaEvidence {
  readonly id?: string;
  readonly diplomaDate: CalendarDate;
  readonly nvaoAccredited: boolean;
  readonly alignedWithStandard: boolean;
}

/** A diploma of a certified programme offered for re-registration (§3.5 route 2). */
export interface ProgrammeDiplomaEvidence {
  readonly id?: string;
  readonly diplomaDate: CalendarDate;
  readonly programmeLevel: QualificationLevel;
  readonly certification: CertificationPeriod;
}

/** Everything a leader can offer for re-registration, plus the theme catalogue to judge it against. */
export interface ReRegistrationEvidence {
  /** Theme catalogue with subthemes (§3.4). */
  readonly catalogue: readonly ThemeDefinition[];
  readonly completions?: readonly FormalCompletion[];
  readonly validations?: readonly InformalValidation[];
  readonly masters?: readonly MasterDiplomaEvidence[];
  readonly programmes?: readonly ProgrammeDiplomaEvidence[];
}

/**
 * How many completed themes count toward the requirement (§3.5): a fourth theme completed in the
 * period is evidence, but people read "3 van 3", never "4 van 3".
 */
export function themesTowardRequirement(counts: { readonly themesCompleted: number; readonly themesRequired: number }): number {
  return Math.min(counts.themesCompleted, counts.themesRequired);
}

/** The answer of {@link evaluateReRegistration}; explains itself in `reasons` and `explanation`. */
export interface ReRegistrationEvaluation {
  readonly eligible: boolean;
  /** The route that meets the requirement (master, then programme, then themes), or null. */
  readonly route: ReRegistrationRoute | null;
  /** Distinct themes completed in the period (always computed, also when another route applies). */
  readonly themesCompleted: readonly ThemeCompletion[];
  /** Themes still missing for the theme route (0 when enough). */
  readonly themesMissing: number;
  readonly themesRequired: number;
  /** The period being evaluated: last (re)registration date … */
  readonly periodStartsOn: CalendarDate | null;
  /** The dates whose evidence counts (strictly after `periodStartsOn`, up to `asOf`); null without a period. */
  readonly evidenceWindow: EvidenceWindow | null;
  /** … and its effective due date (with deferrals). */
  readonly dueDate: CalendarDate | null;
  /** First day of EXPIRED if not re-registered (due date + six months). */
  readonly expiresOn: CalendarDate | null;
  /** Due date of the next period if approved on `asOf` (previous due date + four years). */
  readonly nextDueDate: CalendarDate | null;
  /** Level after re-registration when the route raises it (master → MASTER, vakbekwaam programme → VAKBEKWAAM); else null. */
  readonly newLevel: QualificationLevel | null;
  /** Why not (empty when eligible). */
  readonly reasons: readonly Reason[];
  /** Evidence that did not count, with the reason. */
  readonly ignored: readonly IgnoredEvidence[];
  /** Dutch sentences explaining the outcome, for letters and screens. */
  readonly explanation: readonly string[];
}

/**
 * The dates whose evidence counts for `period` on `asOf` (§3.5): strictly after the (re)registration
 * date that opened it (evidence dated on that day belongs only to the period it closed) up to `asOf`.
 */
export function evidenceWindowOf(period: RegistrationPeriod, asOf: CalendarDate): EvidenceWindow {
  return { from: period.evidenceFrom, until: asOf };
}

function masterReasons(master: MasterDiplomaEvidence, period: RegistrationPeriod, asOf: CalendarDate): Reason[] {
  const reasons: Reason[] = [];
  if (!master.nvaoAccredited) reasons.push(reason('MASTER_NOT_NVAO_ACCREDITED'));
  if (!master.alignedWithStandard) reasons.push(reason('MASTER_NOT_ALIGNED_WITH_STANDARD'));
  if (isBefore(master.diplomaDate, period.evidenceFrom)) {
    reasons.push(reason('MASTER_NOT_AFTER_REGISTRATION', { date: master.diplomaDate, periodStartsOn: period.startsOn }));
  }
  if (isAfter(master.diplomaDate, asOf)) reasons.push(reason('DATE_IN_FUTURE', { date: master.diplomaDate }));
  return reasons;
}

function programmeReasons(programme: ProgrammeDiplomaEvidence, facts: RegistrationFacts, period: RegistrationPeriod, asOf: CalendarDate, rules: RuleSet): Reason[] {
  const reasons: Reason[] = [];
  if (facts.title !== 'RADO' || facts.level !== 'BASISBEKWAAM') reasons.push(reason('PROGRAMME_ROUTE_ONLY_FOR_RADO_BASISBEKWAAM'));
  if (!isLevelAtLeast(programme.programmeLevel, 'VAKBEKWAAM')) reasons.push(reason('PROGRAMME_NOT_VAKBEKWAAM'));
  if (!isCertifiedOn(programme.certification, programme.diplomaDate, rules)) {
    reasons.push(
      reason('DIPLOMA_OUTSIDE_CERTIFICATION', {
        date: programme.diplomaDate,
        validFrom: programme.certification.validFrom,
        validUntil: certificationEnd(programme.certification, rules),
      }),
    );
  }
  if (isBefore(programme.diplomaDate, period.evidenceFrom)) {
    reasons.push(reason('PROGRAMME_NOT_AFTER_REGISTRATION', { date: programme.diplomaDate, periodStartsOn: period.startsOn }));
  }
  if (isAfter(programme.diplomaDate, asOf)) reasons.push(reason('DATE_IN_FUTURE', { date: programme.diplomaDate }));
  return reasons;
}

/**
 * Whether a registration can be re-registered on `asOf` and by which route (DESIGN §3.5). The period
 * runs from the last (re)registration date to the due date; evidence dated strictly after that
 * (re)registration date and up to `asOf` counts (so a leader who is CONDITIONAL can still complete),
 * see {@link evidenceWindowOf}. Any one of:
 * 1. NVAO_MASTER: an NVAO-accredited master aligned with the professional standard, diploma dated
 *    strictly after the last (re)registration date (a master dated on the registration date does not
 *    count: it belongs to the previous period) → level MASTER;
 * 2. VAKBEKWAAM_PROGRAMME: for a RADO registered at basisbekwaam, a certified vakbekwaam programme's
 *    diploma (inside its certification period, after the last (re)registration date) → level VAKBEKWAAM;
 * 3. THEMES: three distinct themes completed in the period (strictly after the (re)registration date,
 *    up to `asOf`: a completion on the approval day counts only for the period that approval closed),
 *    any mix of formal and informal learning; the wildcard counts as one theme.
 * Not possible for a deregistered registration, before registration, or for an aspirant period.
 */
export function evaluateReRegistration(
  registration: RegistrationFacts,
  evidence: ReRegistrationEvidence,
  asOf: CalendarDate,
  rules: RuleSet = rulesOn(asOf),
): ReRegistrationEvaluation {
  const state = registrationStateOn(registration, asOf, rules);
  const period = state.period;
  const empty = {
    eligible: false,
    route: null,
    themesCompleted: [],
    themesMissing: rules.themesRequired,
    themesRequired: rules.themesRequired,
    periodStartsOn: period?.startsOn ?? null,
    evidenceWindow: null,
    dueDate: period?.dueDate ?? null,
    expiresOn: period?.expiresOn ?? null,
    nextDueDate: null,
    newLevel: null,
    ignored: [],
  };
  if (period === null) {
    const why = reason('REGISTRATION_NOT_YET_STARTED', { registeredOn: registration.registeredOn });
    return { ...empty, reasons: [why], explanation: [why.message] };
  }
  if (state.status === 'DEREGISTERED') {
    const why = reason('REGISTRATION_DEREGISTERED', { deregisteredOn: registration.deregisteredOn ?? asOf });
    return { ...empty, reasons: [why], explanation: [why.message] };
  }
  if (period.kind === 'ASPIRANT') {
    const why = reason('ASPIRANT_CANNOT_RE_REGISTER');
    return { ...empty, reasons: [why], explanation: [why.message] };
  }

  const evidenceWindow = evidenceWindowOf(period, asOf);
  const themeResult = completedThemes(evidence.catalogue, evidence.completions ?? [], evidence.validations ?? [], evidenceWindow, rules);
  const themesCompleted = themeResult.completed;
  const themesMissing = Math.max(0, rules.themesRequired - themesCompleted.length);
  const masters = evidence.masters ?? [];
  const programmes = evidence.programmes ?? [];
  const masterChecks = masters.map((master) => ({ master, reasons: masterReasons(master, period, asOf) }));
  const programmeChecks = programmes.map((programme) => ({ programme, reasons: programmeReasons(programme, registration, period, asOf, rules) }));
  const master = masterChecks.find((check) => check.reasons.length === 0)?.master;
  const programme = programmeChecks.find((check) => check.reasons.length === 0)?.programme;

  let route: ReRegistrationRoute | null = null;
  let newLevel: QualificationLevel | null = null;
  const explanation: string[] = [`Periode: ${formatDateInWords(period.startsOn)} tot ${formatDateInWords(period.dueDate)}; beoordeeld op ${formatDateInWords(asOf)}.`];
  if (master !== undefined) {
    route = 'NVAO_MASTER';
    newLevel = registration.level === 'MASTER' ? null : 'MASTER';
    explanation.push(`Voldaan via een NVAO-geaccrediteerde master die aansluit bij de beroepsstandaard (diploma ${formatDateInWords(master.diplomaDate)}).`);
  } else if (programme !== undefined) {
    route = 'VAKBEKWAAM_PROGRAMME';
    newLevel = 'VAKBEKWAAM';
    explanation.push(`Voldaan via een gecertificeerde opleiding vakbekwaam (diploma ${formatDateInWords(programme.diplomaDate)}); het niveau wordt vakbekwaam.`);
  } else if (themesMissing === 0) {
    route = 'THEMES';
  }
  explanation.push(
    (themesCompleted.length > rules.themesRequired
      ? `${themesCompleted.length} thema’s afgerond, ${rules.themesRequired} nodig`
      : `${themesCompleted.length} van de ${rules.themesRequired} benodigde thema’s afgerond`) +
      (themesCompleted.length > 0 ? `: ${themesCompleted.map((t) => `${t.themeCode} (${formatDateInWords(t.completedOn)})`).join(', ')}.` : '.'),
  );

  const reasons: Reason[] = [];
  if (route === null) {
    reasons.push(reason('THEMES_INSUFFICIENT', { completed: themesCompleted.length, required: rules.themesRequired, missing: themesMissing }));
    for (const check of masterChecks) reasons.push(...check.reasons);
    for (const check of programmeChecks) reasons.push(...check.reasons);
    explanation.push(...reasons.map((r) => r.message));
  }
  const eligible = route !== null;
  const nextDueDate = eligible ? nextDueDateAfterReRegistration(registration, asOf, rules) : null;
  if (nextDueDate !== null) explanation.push(`Na herregistratie is de volgende herregistratie uiterlijk ${formatDateInWords(nextDueDate)}.`);

  return {
    eligible,
    route,
    themesCompleted,
    themesMissing,
    themesRequired: rules.themesRequired,
    periodStartsOn: period.startsOn,
    evidenceWindow,
    dueDate: period.dueDate,
    expiresOn: period.expiresOn,
    nextDueDate,
    newLevel,
    reasons,
    ignored: themeResult.ignored,
    explanation,
  };
}
