import { isAfter, isBefore, type CalendarDate } from './calendar-date';
import { certificationEnd, isCertifiedOn, type CertificationPeriod } from './certification';
import type { InformalValidationMethod, LearningRoute } from './enums';
import { reason, type Reason } from './reasons';
import { rulesOn, type RuleSet } from './rule-sets';
import { isActiveOn, type ValidityWindow } from './themes';

/** What theme completion needs from the catalogue: a theme, its subthemes and (optionally) its validity. */
export interface ThemeDefinition {
  readonly code: string;
  readonly isWildcard?: boolean;
  /** Codes of the theme's subthemes (unique across the catalogue, e.g. '4.1'). Empty: only whole-theme coverage completes it. */
  readonly subthemeCodes: readonly string[];
  /** When given, evidence dated outside the theme's validity does not count for it. */
  readonly validity?: ValidityWindow;
}

/**
 * A formal completion (afronding/certificaat) of one offering execution, recorded once (DESIGN §3.4):
 * it credits every theme and subtheme the offering is certified for.
 */
export interface FormalCompletion {
  readonly id?: string;
  readonly completedOn: CalendarDate;
  /** The offering's certification period. */
  readonly certification: CertificationPeriod;
  /** Whole themes the offering is certified for. */
  readonly themeCodes: readonly string[];
  /** Subthemes the offering is certified for. */
  readonly subthemeCodes: readonly string[];
}

/** An informal validation of one theme (portfolio or peer validation, §3.6). */
export interface InformalValidation {
  readonly id?: string;
  readonly themeCode: string;
  readonly validatedOn: CalendarDate;
  readonly method: InformalValidationMethod;
}

/** How a theme was completed. */
export type ThemeCompletionBasis = 'WHOLE_THEME' | 'ALL_SUBTHEMES' | 'INFORMAL_VALIDATION';

/** A completed theme: the earliest date it became complete and how. */
export interface ThemeCompletion {
  readonly themeCode: string;
  readonly isWildcard: boolean;
  readonly completedOn: CalendarDate;
  readonly route: LearningRoute;
  readonly basis: ThemeCompletionBasis;
  /** Ids of the completions/validations that made it complete (when ids were given). */
  readonly evidenceIds: readonly string[];
}

/** Evidence that did not count, with the reason. */
export interface IgnoredEvidence {
  readonly id?: string;
  readonly reason: Reason;
}

/** The window in which evidence counts, both ends inclusive. */
export interface EvidenceWindow {
  readonly from: CalendarDate;
  readonly until: CalendarDate;
}

/** Result of {@link completedThemes}. */
export interface ThemeCompletionResult {
  /** Completed themes, ordered by completion date then code. The wildcard counts as one theme. */
  readonly completed: readonly ThemeCompletion[];
  readonly ignored: readonly IgnoredEvidence[];
}

interface Candidate {
  readonly completedOn: CalendarDate;
  readonly route: LearningRoute;
  readonly basis: ThemeCompletionBasis;
  readonly evidenceIds: readonly string[];
}

function better(a: Candidate | undefined, b: Candidate): Candidate {
  if (a === undefined) return b;
  return b.completedOn < a.completedOn ? b : a;
}

function ids(...values: (string | undefined)[]): string[] {
  return values.filter((value): value is string => value !== undefined);
}

/**
 * Which themes are completed by the given evidence inside `window` (DESIGN §3.4). A theme is
 * completed by:
 * 1. a formal completion of an offering certified for the whole theme;
 * 2. formal completions that together cover all of the theme's subthemes (completed on the date of
 *    the last needed subtheme); or
 * 3. an informal validation of that theme.
 * A formal completion counts only if its date lies inside the offering's certification period (both
 * ends included). Evidence outside the window, for unknown (sub)themes or for a theme not valid on
 * the evidence date is ignored with a reason. Each theme counts once (also the wildcard); when several
 * bases apply, the earliest completion wins.
 */
export function completedThemes(
  catalogue: readonly ThemeDefinition[],
  completions: readonly FormalCompletion[],
  validations: readonly InformalValidation[],
  window: EvidenceWindow,
  rules: RuleSet = rulesOn(window.until),
): ThemeCompletionResult {
  const themes = new Map(catalogue.map((theme) => [theme.code, theme]));
  const themeOfSubtheme = new Map<string, ThemeDefinition>();
  for (const theme of catalogue) for (const code of theme.subthemeCodes) themeOfSubtheme.set(code, theme);

  const ignored: IgnoredEvidence[] = [];
  const candidates = new Map<string, Candidate>();
  // Earliest covering completion per subtheme.
  const subthemeCover = new Map<string, { completedOn: CalendarDate; id?: string }>();

  const inWindow = (date: CalendarDate): boolean => !isBefore(date, window.from) && !isAfter(date, window.until);
  const outsideWindow = (id: string | undefined, date: CalendarDate): void => {
    ignored.push({ id, reason: reason('COMPLETION_OUTSIDE_PERIOD', { date, periodStartsOn: window.from, asOf: window.until }) });
  };
  const themeValid = (theme: ThemeDefinition, date: CalendarDate, id: string | undefined): boolean => {
    if (theme.validity === undefined || isActiveOn(theme.validity, date)) return true;
    ignored.push({ id, reason: reason('THEME_NOT_ACTIVE', { code: theme.code, date }) });
    return false;
  };

  for (const completion of completions) {
    const { id, completedOn } = completion;
    if (!inWindow(completedOn)) {
      outsideWindow(id, completedOn);
      continue;
    }
    if (!isCertifiedOn(completion.certification, completedOn, rules)) {
      ignored.push({
        id,
        reason: reason('OUTSIDE_CERTIFICATION_PERIOD', {
          date: completedOn,
          validFrom: completion.certification.validFrom,
          validUntil: certificationEnd(completion.certification, rules),
        }),
      });
      continue;
    }
    for (const code of completion.themeCodes) {
      const theme = themes.get(code);
      if (theme === undefined) {
        ignored.push({ id, reason: reason('UNKNOWN_THEME', { code }) });
        continue;
      }
      if (!themeValid(theme, completedOn, id)) continue;
      candidates.set(code, better(candidates.get(code), { completedOn, route: 'FORMAL', basis: 'WHOLE_THEME', evidenceIds: ids(id) }));
    }
    for (const code of completion.subthemeCodes) {
      const theme = themeOfSubtheme.get(code);
      if (theme === undefined) {
        ignored.push({ id, reason: reason('UNKNOWN_SUBTHEME', { code }) });
        continue;
      }
      if (!themeValid(theme, completedOn, id)) continue;
      const current = subthemeCover.get(code);
      if (current === undefined || completedOn < current.completedOn) subthemeCover.set(code, { completedOn, id });
    }
  }

  for (const theme of catalogue) {
    if (theme.subthemeCodes.length === 0) continue;
    const covers = theme.subthemeCodes.map((code) => subthemeCover.get(code));
    if (covers.some((cover) => cover === undefined)) continue;
    const defined = covers.filter((cover): cover is { completedOn: CalendarDate; id?: string } => cover !== undefined);
    const completedOn = defined.reduce((latest, cover) => (cover.completedOn > latest ? cover.completedOn : latest), window.from);
    const evidenceIds = [...new Set(ids(...defined.map((cover) => cover.id)))];
    candidates.set(theme.code, better(candidates.get(theme.code), { completedOn, route: 'FORMAL', basis: 'ALL_SUBTHEMES', evidenceIds }));
  }

  for (const validation of validations) {
    const { id, validatedOn, themeCode } = validation;
    if (!inWindow(validatedOn)) {
      outsideWindow(id, validatedOn);
      continue;
    }
    const theme = themes.get(themeCode);
    if (theme === undefined) {
      ignored.push({ id, reason: reason('UNKNOWN_THEME', { code: themeCode }) });
      continue;
    }
    if (!themeValid(theme, validatedOn, id)) continue;
    candidates.set(
      themeCode,
      better(candidates.get(themeCode), { completedOn: validatedOn, route: 'INFORMAL', basis: 'INFORMAL_VALIDATION', evidenceIds: ids(id) }),
    );
  }

  const completed = [...candidates.entries()]
    .map(([themeCode, candidate]) => ({ themeCode, isWildcard: themes.get(themeCode)?.isWildcard ?? false, ...candidate }))
    .sort((a, b) => (a.completedOn !== b.completedOn ? (a.completedOn < b.completedOn ? -1 : 1) : a.themeCode.localeCompare(b.themeCode)));
  return { completed, ignored };
}
