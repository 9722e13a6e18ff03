import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `leader_theme_completion`: per leader, theme and route (FORMAL / INFORMAL), the first date the
 * domain's theme-completion rule (`completedThemes`, DESIGN §3.4) finds the theme completed, over all
 * of the leader's counted evidence; `first_of_route` marks the leader's earliest row of a route (ties:
 * the lowest theme id), so "leaders with a completion by that route" is a count of rows.
 *
 * The domain computes it; triggers only mark leaders pending in `theme_completion_pending` whenever
 * something that can change it changes: completions (recorded, handled, withdrawn), informal
 * validations, certifications and their scope (the leaders with completions of that offering) and the
 * theme catalogue (every leader with evidence). `registerStatistics` recomputes the pending leaders in
 * batches before it counts. `statistics` in `read_cache_version` counts every change of the figures'
 * sources, for its cache.
 */
export class ThemeCompletionProjection1795506100001 implements MigrationInterface {
  name = 'ThemeCompletionProjection1795506100001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE leader_theme_completion (
        leader_id uuid NOT NULL REFERENCES school_leader(id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
        route text NOT NULL CHECK (route IN ('FORMAL', 'INFORMAL')),
        completed_on date NOT NULL,
        first_of_route boolean NOT NULL,
        PRIMARY KEY (leader_id, theme_id, route)
      )`);
    await queryRunner.query(`CREATE INDEX leader_theme_completion_on_idx ON leader_theme_completion (route, completed_on) INCLUDE (theme_id)`);
    await queryRunner.query(`CREATE INDEX leader_theme_completion_first_idx ON leader_theme_completion (route, completed_on) WHERE first_of_route`);
    // No foreign key: a leader deleted meanwhile is dropped by the next refresh.
    await queryRunner.query(`CREATE TABLE theme_completion_pending (leader_id uuid PRIMARY KEY)`);

    await queryRunner.query(`
      CREATE FUNCTION srpo_theme_completion_pending(leaders uuid[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO theme_completion_pending (leader_id)
        SELECT DISTINCT leader_id FROM unnest(leaders) AS leader_id WHERE leader_id IS NOT NULL ORDER BY 1
        ON CONFLICT (leader_id) DO NOTHING
      $$`);
    // Completions and informal validations: their own leaders (statement level, both images of an update).
    await queryRunner.query(`
      CREATE FUNCTION srpo_evidence_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM srpo_theme_completion_pending(ARRAY(SELECT leader_id FROM changed_rows));
        RETURN NULL;
      END $$`);
    // A certification or its scope: the leaders with completions of that offering.
    await queryRunner.query(`
      CREATE FUNCTION srpo_certification_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM srpo_theme_completion_pending(ARRAY(
          SELECT c.leader_id FROM completion c JOIN offering_execution e ON e.id = c.execution_id
           WHERE e.offering_id IN (SELECT offering_id FROM certification
                                    WHERE id IN (SELECT certification_id FROM changed_rows))));
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION srpo_certification_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM srpo_theme_completion_pending(ARRAY(
          SELECT c.leader_id FROM completion c JOIN offering_execution e ON e.id = c.execution_id
           WHERE e.offering_id IN (SELECT offering_id FROM changed_rows)));
        RETURN NULL;
      END $$`);
    // The catalogue (a theme's validity, a subtheme added or retired): every leader with evidence.
    await queryRunner.query(`
      CREATE FUNCTION srpo_theme_catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO theme_completion_pending (leader_id)
        SELECT leader_id FROM completion UNION SELECT leader_id FROM informal_validation ORDER BY 1
        ON CONFLICT (leader_id) DO NOTHING;
        RETURN NULL;
      END $$`);

    const transitions = [
      ['insert', 'INSERT', 'NEW'],
      ['update_old', 'UPDATE', 'OLD'],
      ['update_new', 'UPDATE', 'NEW'],
      ['delete', 'DELETE', 'OLD'],
    ] as const;
    const triggered: [string, string][] = [
      ['completion', 'srpo_evidence_changed'],
      ['informal_validation', 'srpo_evidence_changed'],
      ['certification', 'srpo_certification_row_changed'],
      ['certification_scope', 'srpo_certification_changed'],
    ];
    for (const [table, fn] of triggered) {
      for (const [event, operation, image] of transitions) {
        await queryRunner.query(`
          CREATE TRIGGER ${table}_theme_pending_${event} AFTER ${operation} ON ${table}
            REFERENCING ${image} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      }
    }
    for (const table of ['theme', 'subtheme']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_theme_pending AFTER INSERT OR UPDATE OR DELETE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION srpo_theme_catalogue_changed()`);
    }

    // Every source of the statistics bumps one counter (statement level, in the writing transaction).
    await queryRunner.query(`INSERT INTO read_cache_version (name, version) VALUES ('statistics', 1)`);
    for (const table of STATISTICS_SOURCES) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_statistics_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION srpo_bump_cache_version('statistics')`);
    }

    // Backfill: every leader with evidence is computed by the first refresh.
    await queryRunner.query(`
      INSERT INTO theme_completion_pending (leader_id)
      SELECT leader_id FROM completion UNION SELECT leader_id FROM informal_validation ORDER BY 1`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of STATISTICS_SOURCES) await queryRunner.query(`DROP TRIGGER ${table}_statistics_version ON ${table}`);
    await queryRunner.query(`DELETE FROM read_cache_version WHERE name = 'statistics'`);
    for (const table of ['theme', 'subtheme']) await queryRunner.query(`DROP TRIGGER ${table}_theme_pending ON ${table}`);
    for (const table of ['completion', 'informal_validation', 'certification', 'certification_scope']) {
      for (const event of ['insert', 'update_old', 'update_new', 'delete']) await queryRunner.query(`DROP TRIGGER ${table}_theme_pending_${event} ON ${table}`);
    }
    for (const fn of ['srpo_theme_catalogue_changed', 'srpo_certification_row_changed', 'srpo_certification_changed', 'srpo_evidence_changed']) {
      await queryRunner.query(`DROP FUNCTION ${fn}()`);
    }
    await queryRunner.query(`DROP FUNCTION srpo_theme_completion_pending(uuid[])`);
    await queryRunner.query(`DROP TABLE theme_completion_pending`);
    await queryRunner.query(`DROP TABLE leader_theme_completion`);
  }
}

/** The tables `registerStatistics` counts (its projections and the facts it reads directly). */
const STATISTICS_SOURCES = ['register_timeline', 'leader_theme_completion', 'school_leader', 'employment', 'deferral_request', 're_registration', 'theme'];
