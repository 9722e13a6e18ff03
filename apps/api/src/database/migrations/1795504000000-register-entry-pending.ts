import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The facts of a registration row; its other columns (status, due_date, status_valid_until, …) are caches. */
const REGISTRATION_FACTS = ['leader_id', 'registered_on', 'first_registered_on', 'aspirant', 'aspirant_until', 'full_registration_on', 'deregistered_on', 'title', 'level'];
const HISTORY_TABLES = ['registration_title_change', 're_registration', 'registration_deferral'];

/**
 * The search read model (`register_entry`) was only re-checked when its `valid_until` came, so two
 * cases left searches filtering on a status that the entry itself no longer showed:
 * - facts changed without the registration services (data corrections, imports, seeds): the entry kept
 *   its old status and a `valid_until` computed from the old facts;
 * - a leader without an entry today (registration dated in the future) had no row to carry the day the
 *   entry appears.
 * `register_entry_pending` holds leaders whose entry must be recomputed from `due_on`. Triggers on the
 * registration facts add the leader (due at once) and mark the registration's cached status stale for
 * the daily job; the read-model refresh removes the leader again, or keeps the day an absent entry
 * appears. The search probe checks this table as well.
 */
export class RegisterEntryPending1795504000000 implements MigrationInterface {
  name = 'RegisterEntryPending1795504000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // No foreign key: a leader deleted meanwhile is dropped by the next refresh.
    await queryRunner.query(`CREATE TABLE register_entry_pending (leader_id uuid PRIMARY KEY, due_on date NOT NULL)`);
    await queryRunner.query(`CREATE INDEX register_entry_pending_due_idx ON register_entry_pending (due_on, leader_id)`);

    await queryRunner.query(`
      CREATE FUNCTION srpo_register_entry_pending(leaders uuid[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO register_entry_pending (leader_id, due_on)
        SELECT DISTINCT leader_id, '-infinity'::date FROM unnest(leaders) AS leader_id ORDER BY 1
        ON CONFLICT (leader_id) DO UPDATE SET due_on = '-infinity'
      $$`);
    // Inserted or deleted registrations (statement level).
    await queryRunner.query(`
      CREATE FUNCTION srpo_registration_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM srpo_register_entry_pending(ARRAY(SELECT leader_id FROM changed_rows));
        RETURN NULL;
      END $$`);
    // A fact of a registration changed (row level, so the cache updates of the daily job do not fire it).
    await queryRunner.query(`
      CREATE FUNCTION srpo_registration_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM srpo_register_entry_pending(ARRAY[OLD.leader_id, NEW.leader_id]);
        NEW.status_valid_until := '-infinity';
        RETURN NEW;
      END $$`);
    // Title changes, re-registrations and deferrals (statement level).
    await queryRunner.query(`
      CREATE FUNCTION srpo_registration_history_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM srpo_register_entry_pending(ARRAY(
          SELECT r.leader_id FROM registration r WHERE r.id IN (SELECT registration_id FROM changed_rows)));
        UPDATE registration SET status_valid_until = '-infinity'
         WHERE id IN (SELECT registration_id FROM changed_rows) AND status_valid_until <> '-infinity';
        RETURN NULL;
      END $$`);

    await queryRunner.query(`
      CREATE TRIGGER registration_pending_insert AFTER INSERT ON registration
        REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION srpo_registration_rows_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER registration_pending_delete AFTER DELETE ON registration
        REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION srpo_registration_rows_changed()`);
    const old = REGISTRATION_FACTS.map((column) => `OLD.${column}`).join(', ');
    const next = REGISTRATION_FACTS.map((column) => `NEW.${column}`).join(', ');
    await queryRunner.query(`
      CREATE TRIGGER registration_pending_facts BEFORE UPDATE OF ${REGISTRATION_FACTS.join(', ')} ON registration
        FOR EACH ROW WHEN ((${old}) IS DISTINCT FROM (${next})) EXECUTE FUNCTION srpo_registration_facts_changed()`);
    for (const table of HISTORY_TABLES) {
      for (const [event, transition] of [
        ['insert', 'NEW'],
        ['update_old', 'OLD'],
        ['update_new', 'NEW'],
        ['delete', 'OLD'],
      ] as const) {
        const operation = event.startsWith('update') ? 'UPDATE' : event.toUpperCase();
        await queryRunner.query(`
          CREATE TRIGGER ${table}_pending_${event} AFTER ${operation} ON ${table}
            REFERENCING ${transition} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION srpo_registration_history_changed()`);
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of HISTORY_TABLES) {
      for (const event of ['insert', 'update_old', 'update_new', 'delete']) await queryRunner.query(`DROP TRIGGER ${table}_pending_${event} ON ${table}`);
    }
    for (const trigger of ['registration_pending_insert', 'registration_pending_delete', 'registration_pending_facts']) {
      await queryRunner.query(`DROP TRIGGER ${trigger} ON registration`);
    }
    await queryRunner.query(`DROP FUNCTION srpo_registration_history_changed()`);
    await queryRunner.query(`DROP FUNCTION srpo_registration_facts_changed()`);
    await queryRunner.query(`DROP FUNCTION srpo_registration_rows_changed()`);
    await queryRunner.query(`DROP FUNCTION srpo_register_entry_pending(uuid[])`);
    await queryRunner.query(`DROP TABLE register_entry_pending`);
  }
}
