import { calendarDate, type CalendarDate, type DateDuration } from './calendar-date';
import type { DeferralKind, DeferralReason, LeaderFunction, QualificationLevel, QualificationRoute, ReminderKind } from './enums';

/**
 * The parameters of one regime of the register's rules (DESIGN §3). The rules are functions of a
 * rule set, chosen by date through {@link rulesOn}; a later regime (2022: one title with levels,
 * 100 points over five years) becomes a new rule set module plus data, not a rewrite.
 */
export interface RuleSet {
  /** Stable identifier, e.g. `'2018'`. */
  readonly id: string;
  /** First day this rule set applies. */
  readonly validFrom: CalendarDate;
  /** Short Dutch description for staff screens. */
  readonly description: string;
  /** §3.1: minimum level per function. */
  readonly requiredLevel: Readonly<Record<LeaderFunction, QualificationLevel>>;
  /** §3.2: levels each qualification route can establish. */
  readonly routeLevels: Readonly<Record<QualificationRoute, readonly QualificationLevel[]>>;
  /** §3.2: default certification period of a programme (or other certified thing) without an explicit end, in years. */
  readonly programmeCertificationYears: number;
  /** §3.3: years from (re)registration to the next due date. */
  readonly reRegistrationPeriodYears: number;
  /** §3.3: months after the due date during which the status is CONDITIONAL. */
  readonly conditionalMonths: number;
  /** §3.3: reminders, each sent this long before the due date. */
  readonly reminders: readonly { readonly kind: ReminderKind; readonly before: DateDuration }[];
  /** §3.5: distinct themes needed for re-registration through the theme route. */
  readonly themesRequired: number;
  /** §3.4: number of themes in the start catalogue ("three of the eight"). */
  readonly themeCount: number;
  /** §3.6: portfolio themes validated at once. */
  readonly portfolioMaxThemesAtOnce: number;
  /** §3.6: resubmissions allowed after an insufficient assessment, per case. */
  readonly portfolioMaxResubmissions: number;
  /** §3.6: validation interview minutes, index = number of themes − 1. */
  readonly portfolioInterviewMinutes: readonly number[];
  /** §3.6: the portfolio's minimum requirements. */
  readonly portfolioChecklist: {
    readonly minColleagueFeedback: number;
    readonly minSources: number;
    readonly minLiteratureSources: number;
    readonly minEvidence: number;
    readonly maxEvidence: number;
    readonly maxWords: number;
  };
  /** §3.6: leaders per peer-validation group. */
  readonly peerGroupSize: number;
  /** §3.6: hours after the session to hand in the closing reflections. */
  readonly peerReflectionHours: number;
  /** §3.6: most places one peer-validation session may offer. */
  readonly peerSessionMaxCapacity: number;
  /** §3.7: deadline for initial registration (applications before this date). */
  readonly initialRegistrationDeadline: CalendarDate;
  /** §3.7: admissible deferral reasons per kind. */
  readonly deferralReasons: Readonly<Record<DeferralKind, readonly DeferralReason[]>>;
  /** §3.7: calendar years of first registration that qualify as early registrant. */
  readonly earlyRegistrantYears: readonly number[];
  /** §3.7: maximum deferral for early registrants, in years from the undeferred due date. */
  readonly earlyRegistrantMaxDeferralYears: number;
  /** §3.8: objection period after a decision, in weeks. */
  readonly objectionPeriodWeeks: number;
}

/** The rules as described by the 2018 annual report (seed 000) and DESIGN §3. */
export const RULES_2018: RuleSet = Object.freeze<RuleSet>({
  id: '2018',
  validFrom: calendarDate('2014-01-01'),
  description: 'Regels 2014–2021: titels RDO/RADO, herregistratie na vier jaar met drie van de acht thema’s.',
  requiredLevel: { DIRECTOR: 'VAKBEKWAAM', DEPUTY_DIRECTOR: 'BASISBEKWAAM' },
  routeLevels: {
    CERTIFIED_PROGRAMME: ['BASISBEKWAAM', 'VAKBEKWAAM'],
    ASSESSMENT: ['BASISBEKWAAM', 'VAKBEKWAAM'],
    EVC: ['BASISBEKWAAM', 'VAKBEKWAAM'],
    DIPLOMA_EVALUATION: ['BASISBEKWAAM', 'VAKBEKWAAM', 'MASTER'],
    NVAO_MASTER: ['MASTER'],
  },
  programmeCertificationYears: 6,
  reRegistrationPeriodYears: 4,
  conditionalMonths: 6,
  reminders: [
    { kind: 'SIX_MONTHS_BEFORE', before: { months: 6 } },
    { kind: 'TWELVE_WEEKS_BEFORE', before: { weeks: 12 } },
    { kind: 'SIX_WEEKS_BEFORE', before: { weeks: 6 } },
  ],
  themesRequired: 3,
  themeCount: 8,
  portfolioMaxThemesAtOnce: 2,
  portfolioMaxResubmissions: 1,
  portfolioInterviewMinutes: [45, 75],
  portfolioChecklist: {
    minColleagueFeedback: 2,
    minSources: 4,
    minLiteratureSources: 2,
    minEvidence: 5,
    maxEvidence: 10,
    maxWords: 3000,
  },
  peerGroupSize: 3,
  peerReflectionHours: 48,
  peerSessionMaxCapacity: 60,
  initialRegistrationDeadline: calendarDate('2018-01-01'),
  deferralReasons: {
    INITIAL_REGISTRATION: ['FINISHING_PROGRAMME', 'OTHER_ROUTE_IN_PROCEDURE', 'PERSONAL_CIRCUMSTANCES'],
    RE_REGISTRATION: ['GROUNDED_REASON', 'EARLY_REGISTRANT'],
  },
  earlyRegistrantYears: [2014, 2015],
  earlyRegistrantMaxDeferralYears: 2,
  objectionPeriodWeeks: 6,
});

/** All rule sets, oldest first. Add a new regime here (e.g. `RULES_2022` from its own module). */
export const RULE_SETS: readonly RuleSet[] = [RULES_2018];

/**
 * The rule set in force on `date`: the latest whose `validFrom` is on or before it. Dates before the
 * first rule set get the first (the register opened in 2014 under the 2018-described rules).
 * DESIGN §3 (intro).
 */
export function rulesOn(date: CalendarDate, ruleSets: readonly RuleSet[] = RULE_SETS): RuleSet {
  const [first, ...rest] = ruleSets;
  if (first === undefined) throw new RangeError('rulesOn needs at least one rule set');
  return rest.reduce((chosen, candidate) => (candidate.validFrom <= date && candidate.validFrom >= chosen.validFrom ? candidate : chosen), first);
}
