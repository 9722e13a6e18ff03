/**
 * The register's vocabulary (DESIGN §2). Each enum is a frozen object of string constants plus a
 * union type of the same name, so the values are plain strings in the database, GraphQL and React.
 */

/** Register titles (§3.1): Registerdirecteur Onderwijs / Registeradjunct-directeur Onderwijs. */
export const RegistrationTitle = { RDO: 'RDO', RADO: 'RADO' } as const;
export type RegistrationTitle = (typeof RegistrationTitle)[keyof typeof RegistrationTitle];

/** Qualification levels, ordered basisbekwaam < vakbekwaam < master (§3.1); Dutch words are the profession's terms. */
export const QualificationLevel = { BASISBEKWAAM: 'BASISBEKWAAM', VAKBEKWAAM: 'VAKBEKWAAM', MASTER: 'MASTER' } as const;
export type QualificationLevel = (typeof QualificationLevel)[keyof typeof QualificationLevel];

/** All levels from low to high. */
export const QUALIFICATION_LEVELS_ASCENDING: readonly QualificationLevel[] = ['BASISBEKWAAM', 'VAKBEKWAAM', 'MASTER'];

/** The leader's function at school: directeur / adjunct-directeur. */
export const LeaderFunction = { DIRECTOR: 'DIRECTOR', DEPUTY_DIRECTOR: 'DEPUTY_DIRECTOR' } as const;
export type LeaderFunction = (typeof LeaderFunction)[keyof typeof LeaderFunction];

/** Routes to the basic qualification (§3.2). */
export const QualificationRoute = {
  CERTIFIED_PROGRAMME: 'CERTIFIED_PROGRAMME',
  ASSESSMENT: 'ASSESSMENT',
  EVC: 'EVC',
  DIPLOMA_EVALUATION: 'DIPLOMA_EVALUATION',
  NVAO_MASTER: 'NVAO_MASTER',
} as const;
export type QualificationRoute = (typeof QualificationRoute)[keyof typeof QualificationRoute];

/** A registration's status on a date (§3.3). */
export const RegistrationStatus = {
  ACTIVE: 'ACTIVE',
  CONDITIONAL: 'CONDITIONAL',
  EXPIRED: 'EXPIRED',
  DEREGISTERED: 'DEREGISTERED',
} as const;
export type RegistrationStatus = (typeof RegistrationStatus)[keyof typeof RegistrationStatus];

/** Formal (certified offering) or informal (validated) learning (§3.4). */
export const LearningRoute = { FORMAL: 'FORMAL', INFORMAL: 'INFORMAL' } as const;
export type LearningRoute = (typeof LearningRoute)[keyof typeof LearningRoute];

/** Kinds of registration application (DESIGN §2). */
export const ApplicationKind = {
  INITIAL: 'INITIAL',
  RE_REGISTRATION: 'RE_REGISTRATION',
  ASPIRANT: 'ASPIRANT',
  LEVEL_CHANGE: 'LEVEL_CHANGE',
} as const;
export type ApplicationKind = (typeof ApplicationKind)[keyof typeof ApplicationKind];

/** Grounds for a deferral request (§3.7); the first three for initial registration, the last two for re-registration. */
export const DeferralReason = {
  FINISHING_PROGRAMME: 'FINISHING_PROGRAMME',
  OTHER_ROUTE_IN_PROCEDURE: 'OTHER_ROUTE_IN_PROCEDURE',
  PERSONAL_CIRCUMSTANCES: 'PERSONAL_CIRCUMSTANCES',
  GROUNDED_REASON: 'GROUNDED_REASON',
  EARLY_REGISTRANT: 'EARLY_REGISTRANT',
} as const;
export type DeferralReason = (typeof DeferralReason)[keyof typeof DeferralReason];

/** What a deferral defers: the initial registration deadline or a re-registration due date (§3.7). */
export const DeferralKind = { INITIAL_REGISTRATION: 'INITIAL_REGISTRATION', RE_REGISTRATION: 'RE_REGISTRATION' } as const;
export type DeferralKind = (typeof DeferralKind)[keyof typeof DeferralKind];

/** Outcome of a deferral decision (§3.7). */
export const DeferralOutcome = { GRANTED: 'GRANTED', PARTLY_GRANTED: 'PARTLY_GRANTED', REJECTED: 'REJECTED' } as const;
export type DeferralOutcome = (typeof DeferralOutcome)[keyof typeof DeferralOutcome];

/** How a re-registration requirement was met (§3.5). */
export const ReRegistrationRoute = {
  NVAO_MASTER: 'NVAO_MASTER',
  VAKBEKWAAM_PROGRAMME: 'VAKBEKWAAM_PROGRAMME',
  THEMES: 'THEMES',
} as const;
export type ReRegistrationRoute = (typeof ReRegistrationRoute)[keyof typeof ReRegistrationRoute];

/** The reminders sent before a due date (§3.3). */
export const ReminderKind = {
  SIX_MONTHS_BEFORE: 'SIX_MONTHS_BEFORE',
  TWELVE_WEEKS_BEFORE: 'TWELVE_WEEKS_BEFORE',
  SIX_WEEKS_BEFORE: 'SIX_WEEKS_BEFORE',
} as const;
export type ReminderKind = (typeof ReminderKind)[keyof typeof ReminderKind];

/** Informal validation methods (§3.6); LEGACY: a validation taken over from the old register (issue 11). */
export const InformalValidationMethod = { PORTFOLIO: 'PORTFOLIO', PEER_VALIDATION: 'PEER_VALIDATION', LEGACY: 'LEGACY' } as const;
export type InformalValidationMethod = (typeof InformalValidationMethod)[keyof typeof InformalValidationMethod];

/**
 * Compares qualification levels: negative when `a` is lower than `b`, 0 when equal, positive when higher.
 * DESIGN §2: BASISBEKWAAM < VAKBEKWAAM < MASTER.
 */
export function compareLevels(a: QualificationLevel, b: QualificationLevel): number {
  return QUALIFICATION_LEVELS_ASCENDING.indexOf(a) - QUALIFICATION_LEVELS_ASCENDING.indexOf(b);
}

/** Whether `level` is `minimum` or higher (§3.1). */
export function isLevelAtLeast(level: QualificationLevel, minimum: QualificationLevel): boolean {
  return compareLevels(level, minimum) >= 0;
}

/** The highest of the given levels, or `null` for none. */
export function highestLevel(levels: readonly QualificationLevel[]): QualificationLevel | null {
  return levels.reduce<QualificationLevel | null>((best, level) => (best === null || compareLevels(level, best) > 0 ? level : best), null);
}
