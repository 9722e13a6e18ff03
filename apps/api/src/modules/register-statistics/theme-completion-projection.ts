import { completedThemes, type CalendarDate, type LearningRoute } from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { cachedThemeCatalogue, loadFormalCompletions, loadInformalValidations, THEME_CATALOGUE_VERSION_SQL } from '../theme-progress/theme-evidence';

/** All of a leader's evidence counts: the first completion ever, not the one of a registration period. */
const ALL_TIME = { from: '0001-01-01' as CalendarDate, until: '9999-12-31' as CalendarDate };

const BATCH = 1_000;

/**
 * Recomputes `leader_theme_completion` for up to {@link BATCH} pending leaders with the domain's rule
 * (`completedThemes`, per route: formal completions alone, informal validations alone), in one
 * transaction. Pending rows are taken with SKIP LOCKED, so API instances refreshing at once split the
 * work. Returns the number of leaders done (0: nothing pending).
 */
async function refreshBatch(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager: EntityManager) => {
    const rows = (await manager.query(
      `SELECT p.leader_id, ${THEME_CATALOGUE_VERSION_SQL} AS catalogue_version
         FROM theme_completion_pending p ORDER BY p.leader_id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
    )) as { leader_id: string; catalogue_version: string }[];
    if (rows.length === 0) return 0;
    const leaderIds = rows.map((row) => row.leader_id);
    const catalogue = await cachedThemeCatalogue(manager, rows[0]!.catalogue_version);
    const themeIdByCode = new Map(catalogue.themes.map((theme) => [theme.code, theme.id]));
    const completions = await loadFormalCompletions(manager, leaderIds, catalogue);
    const validations = await loadInformalValidations(manager, leaderIds, catalogue);
    const columns: [string[], string[], LearningRoute[], CalendarDate[], boolean[]] = [[], [], [], [], []];
    const add = (leaderId: string, route: LearningRoute, completed: readonly { themeCode: string; completedOn: CalendarDate }[]) => {
      // `completed` is ordered by date, then code: its first row is the leader's first by this route.
      completed.forEach((theme, index) => {
        const themeId = themeIdByCode.get(theme.themeCode);
        if (!themeId) return;
        columns[0].push(leaderId);
        columns[1].push(themeId);
        columns[2].push(route);
        columns[3].push(theme.completedOn);
        columns[4].push(index === 0);
      });
    };
    for (const leaderId of leaderIds) {
      add(leaderId, 'FORMAL', completedThemes(catalogue.definitions, completions.get(leaderId) ?? [], [], ALL_TIME).completed);
      add(leaderId, 'INFORMAL', completedThemes(catalogue.definitions, [], validations.get(leaderId) ?? [], ALL_TIME).completed);
    }
    await manager.query(`DELETE FROM leader_theme_completion WHERE leader_id = ANY($1::uuid[])`, [leaderIds]);
    // Leaders deleted meanwhile have no row in school_leader: leave them out.
    await manager.query(
      `INSERT INTO leader_theme_completion (leader_id, theme_id, route, completed_on, first_of_route)
       SELECT t.* FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[], $5::boolean[]) AS t(leader_id, theme_id, route, completed_on, first_of_route)
        WHERE EXISTS (SELECT 1 FROM school_leader l WHERE l.id = t.leader_id)`,
      columns,
    );
    await manager.query(`DELETE FROM theme_completion_pending WHERE leader_id = ANY($1::uuid[])`, [leaderIds]);
    return rows.length;
  });
}

/** Recomputes every pending leader's theme completions, batch after batch. Returns the number done. */
export async function refreshThemeCompletions(dataSource: DataSource): Promise<number> {
  let done = 0;
  for (;;) {
    const batch = await refreshBatch(dataSource);
    if (batch === 0) return done;
    done += batch;
  }
}
