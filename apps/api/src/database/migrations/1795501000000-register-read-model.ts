import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public register's read model (DESIGN §4.1: public reads are the hot path).
 *
 * - `registration.status_valid_until`: the first day the cached status/due date may differ (a due
 *   date, the end of the conditional half year, a deregistration or a fact dated in the future). The
 *   daily job reads only rows with `status_valid_until <= today`, in keyset order on this index.
 * - `register_entry`: one row per leader with the registration the register shows today (status,
 *   title, due date, period start as computed by the domain) plus the leader's sort key and search
 *   text, so a search page is an index walk on one narrow table. Written by
 *   `refreshRegisterEntries` in the same transaction as every change of the facts. A row is exact
 *   from `computed_on` until the day before `valid_until`; rows outside that window are recomputed by
 *   the daily job or, before it ran, by the search itself.
 * - `register_count`: exact number of entries per (status, title), kept by statement-level triggers,
 *   so `totalCount` of a status/title search reads a handful of rows instead of counting.
 */
export class RegisterReadModel1795501000000 implements MigrationInterface {
  name = 'RegisterReadModel1795501000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE registration ADD COLUMN status_valid_until date NOT NULL DEFAULT '-infinity'`);
    await queryRunner.query(`CREATE INDEX registration_status_valid_until_idx ON registration (status_valid_until, id)`);
    // The reminder run walks ACTIVE registrations by due date (keyset on due_date, id).
    await queryRunner.query(`CREATE INDEX registration_active_due_idx ON registration (due_date, id) WHERE status = 'ACTIVE'`);

    await queryRunner.query(`
      CREATE TABLE register_entry (
        leader_id uuid PRIMARY KEY REFERENCES school_leader(id) ON DELETE CASCADE,
        registration_id uuid NOT NULL REFERENCES registration(id) ON DELETE CASCADE,
        register_number text NOT NULL,
        sort_key text NOT NULL,
        search_text text NOT NULL,
        status text NOT NULL CHECK (status IN ('ACTIVE', 'CONDITIONAL', 'EXPIRED', 'DEREGISTERED')),
        title text NOT NULL CHECK (title IN ('RDO', 'RADO')),
        level text,
        aspirant boolean NOT NULL,
        registered_on date NOT NULL,
        due_date date,
        period_starts_on date,
        valid_until date NOT NULL,
        computed_on date NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX register_entry_sort_idx ON register_entry (sort_key, register_number) INCLUDE (status, title)`);
    await queryRunner.query(`CREATE INDEX register_entry_status_idx ON register_entry (status, title, sort_key, register_number)`);
    await queryRunner.query(`CREATE INDEX register_entry_valid_until_idx ON register_entry (valid_until, leader_id)`);
    await queryRunner.query(`CREATE INDEX register_entry_computed_on_idx ON register_entry (computed_on, leader_id)`);
    await queryRunner.query(`CREATE INDEX register_entry_search_trgm_idx ON register_entry USING gin (search_text gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX register_entry_registration_idx ON register_entry (registration_id)`);

    // A renamed leader keeps the entry's sort key and search text in step.
    await queryRunner.query(`
      CREATE FUNCTION srpo_register_entry_rename() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE register_entry SET sort_key = NEW.sort_key, search_text = NEW.search_text
         WHERE leader_id = NEW.id AND (sort_key IS DISTINCT FROM NEW.sort_key OR search_text IS DISTINCT FROM NEW.search_text);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER school_leader_register_entry_rename AFTER UPDATE OF first_name, infix, last_name ON school_leader
        FOR EACH ROW EXECUTE FUNCTION srpo_register_entry_rename()`);

    await queryRunner.query(`
      CREATE TABLE register_count (
        status text NOT NULL,
        title text NOT NULL,
        entries bigint NOT NULL,
        PRIMARY KEY (status, title)
      )`);
    // One function for the three statement triggers; rows are changed in key order (no deadlocks).
    await queryRunner.query(`
      CREATE FUNCTION srpo_register_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO register_count (status, title, entries)
          SELECT status, title, count(*) FROM new_rows GROUP BY status, title ORDER BY status, title
          ON CONFLICT (status, title) DO UPDATE SET entries = register_count.entries + EXCLUDED.entries;
        ELSIF TG_OP = 'DELETE' THEN
          UPDATE register_count c SET entries = c.entries - d.n
            FROM (SELECT status, title, count(*) AS n FROM old_rows GROUP BY status, title) d
           WHERE c.status = d.status AND c.title = d.title;
        ELSE
          INSERT INTO register_count (status, title, entries)
          SELECT status, title, sum(n) FROM (
                   SELECT status, title, 1 AS n FROM new_rows
                   UNION ALL SELECT status, title, -1 FROM old_rows) delta
           GROUP BY status, title HAVING sum(n) <> 0 ORDER BY status, title
          ON CONFLICT (status, title) DO UPDATE SET entries = register_count.entries + EXCLUDED.entries;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER register_entry_count_insert AFTER INSERT ON register_entry
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION srpo_register_count()`);
    await queryRunner.query(`
      CREATE TRIGGER register_entry_count_update AFTER UPDATE ON register_entry
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION srpo_register_count()`);
    await queryRunner.query(`
      CREATE TRIGGER register_entry_count_delete AFTER DELETE ON register_entry
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION srpo_register_count()`);

    // Existing data: entries from the cached status, marked stale so the domain recomputes them on the
    // next daily run (which also runs at start-up) or the first search.
    await queryRunner.query(`
      INSERT INTO register_entry (leader_id, registration_id, register_number, sort_key, search_text, status, title, level,
                                  aspirant, registered_on, due_date, period_starts_on, valid_until, computed_on)
      SELECT DISTINCT ON (r.leader_id) r.leader_id, r.id, l.register_number, l.sort_key, l.search_text, r.status, r.title, r.level,
             r.aspirant, r.registered_on, r.due_date, NULL, '-infinity', '-infinity'
        FROM registration r JOIN school_leader l ON l.id = r.leader_id
       ORDER BY r.leader_id, r.registered_on DESC`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE register_count`);
    await queryRunner.query(`DROP TRIGGER school_leader_register_entry_rename ON school_leader`);
    await queryRunner.query(`DROP FUNCTION srpo_register_entry_rename()`);
    await queryRunner.query(`DROP TABLE register_entry`);
    await queryRunner.query(`DROP FUNCTION srpo_register_count()`);
    await queryRunner.query(`DROP INDEX registration_active_due_idx`);
    await queryRunner.query(`DROP INDEX registration_status_valid_until_idx`);
    await queryRunner.query(`ALTER TABLE registration DROP COLUMN status_valid_until`);
  }
}
