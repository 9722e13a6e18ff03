import { evaluateReRegistration, registrationStateOn, themesTowardRequirement, type CalendarDate } from '@srpo/domain';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { latestRegistrations } from '../registrations/latest-registration';
import { toRegistrationFacts } from '../registrations/registration.facts';
import { loadRegistrationHistory } from '../registrations/registration.loaders';
import { loadReRegistrationEvidence, loadThemeCatalogue, type ThemeCatalogue } from '../theme-progress/theme-evidence';

/** Themes completed in the current period toward the re-registration requirement: "2 van 3". */
export interface ReRegistrationThemeCount {
  /** Completed themes that count toward the requirement (never more than `required`). */
  completed: number;
  required: number;
}

/**
 * Each leader's theme count in the current period on `today`, by the domain's evaluation of the stored
 * evidence (the same as the leader's own progress page): a fixed number of statements for any number of
 * leaders. Null for a leader without a registration in a re-registration cycle: none, deregistered, or
 * an aspirant (an aspirant period ends without re-registration).
 */
export async function reRegistrationThemeCounts(
  db: DataSource | EntityManager,
  leaderIds: readonly string[],
  today: CalendarDate,
  catalogue?: ThemeCatalogue,
): Promise<Map<string, ReRegistrationThemeCount | null>> {
  const result = new Map<string, ReRegistrationThemeCount | null>(leaderIds.map((id) => [id, null]));
  const latest = [...(await latestRegistrations(db, leaderIds)).values()];
  if (latest.length === 0) return result;
  const themes = catalogue ?? (await loadThemeCatalogue(db));
  // Sequential: inside a transaction the statements share one connection.
  const histories = await loadRegistrationHistory(db, latest);
  const evidence = await loadReRegistrationEvidence(db, latest.map((registration) => registration.leaderId), themes);
  for (const history of histories) {
    const facts = toRegistrationFacts(history);
    const state = registrationStateOn(facts, today);
    if (!state.period || state.period.kind === 'ASPIRANT' || state.status === 'DEREGISTERED') continue;
    const leaderId = history.registration.leaderId;
    const evaluation = evaluateReRegistration(facts, evidence.get(leaderId)!, today);
    result.set(leaderId, { completed: themesTowardRequirement({ themesCompleted: evaluation.themesCompleted.length, themesRequired: evaluation.themesRequired }), required: evaluation.themesRequired });
  }
  return result;
}

/** Per request: the theme counts of every leader a page shows, in one batch. */
export function reRegistrationThemesLoader(dataSource: DataSource, today: CalendarDate): DataLoader<string, ReRegistrationThemeCount | null> {
  return new DataLoader(async (leaderIds) => {
    const counts = await reRegistrationThemeCounts(dataSource, leaderIds, today);
    return leaderIds.map((id) => counts.get(id) ?? null);
  });
}
