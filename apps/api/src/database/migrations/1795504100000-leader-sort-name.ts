import type { MigrationInterface, QueryRunner } from 'typeorm';

const BATCH = 5_000;

/**
 * The domain's `sortName` as it is when this migration is written ("Dijk, Jan van"), frozen here
 * because a migration is history (it imports nothing live). From here on the API writes `sort_name`
 * with the domain's function; a later change of that rule brings its own backfill.
 */
function sortNameAtMigration(firstName: string, infix: string | null, lastName: string): string {
  const clean = (part: string | null) => (part ?? '').trim().replace(/\s+/g, ' ');
  const given = [clean(firstName), clean(infix)].filter(Boolean).join(' ');
  return given ? `${clean(lastName)}, ${given}` : clean(lastName);
}

/** Existing leaders get their `sort_name`, batched by id so a large register is not one giant statement. */
export async function backfillSortNames(queryRunner: { query(sql: string, parameters?: unknown[]): Promise<unknown> }): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = (await queryRunner.query(
      `SELECT id, first_name, infix, last_name FROM school_leader WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
      [after],
    )) as { id: string; first_name: string; infix: string | null; last_name: string }[];
    if (rows.length === 0) return;
    await queryRunner.query(
      `UPDATE school_leader l SET sort_name = t.sort_name FROM unnest($1::uuid[], $2::text[]) AS t(id, sort_name)
        WHERE l.id = t.id AND l.sort_name IS DISTINCT FROM t.sort_name`,
      [rows.map((row) => row.id), rows.map((row) => sortNameAtMigration(row.first_name, row.infix, row.last_name))],
    );
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * `school_leader.sort_key` re-implemented the domain's `sortName` in SQL (surname, first name, infix).
 * Now the API stores `sort_name` from the domain and `sort_key` is only its accent- and case-folded
 * form (collation, not a naming rule); the search read model's copies follow.
 */
export class LeaderSortName1795504100000 implements MigrationInterface {
  name = 'LeaderSortName1795504100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE school_leader ADD COLUMN sort_name text`);
    await backfillSortNames(queryRunner);
    await queryRunner.query(`ALTER TABLE school_leader ALTER COLUMN sort_name SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE school_leader DROP COLUMN sort_key`);
    await queryRunner.query(`ALTER TABLE school_leader ADD COLUMN sort_key text GENERATED ALWAYS AS (srpo_search_normalize(sort_name)) STORED`);
    await queryRunner.query(`CREATE INDEX school_leader_sort_idx ON school_leader (sort_key, register_number)`);
    await queryRunner.query(`UPDATE register_entry e SET sort_key = l.sort_key FROM school_leader l WHERE l.id = e.leader_id AND e.sort_key IS DISTINCT FROM l.sort_key`);
    await queryRunner.query(`DROP TRIGGER school_leader_register_entry_rename ON school_leader`);
    await queryRunner.query(`
      CREATE TRIGGER school_leader_register_entry_rename AFTER UPDATE OF first_name, infix, last_name, sort_name ON school_leader
        FOR EACH ROW EXECUTE FUNCTION srpo_register_entry_rename()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER school_leader_register_entry_rename ON school_leader`);
    await queryRunner.query(`
      CREATE TRIGGER school_leader_register_entry_rename AFTER UPDATE OF first_name, infix, last_name ON school_leader
        FOR EACH ROW EXECUTE FUNCTION srpo_register_entry_rename()`);
    await queryRunner.query(`ALTER TABLE school_leader DROP COLUMN sort_key`);
    await queryRunner.query(`
      ALTER TABLE school_leader ADD COLUMN sort_key text GENERATED ALWAYS AS
        (srpo_search_normalize(last_name || ' ' || first_name || ' ' || coalesce(infix, ''))) STORED`);
    await queryRunner.query(`CREATE INDEX school_leader_sort_idx ON school_leader (sort_key, register_number)`);
    await queryRunner.query(`UPDATE register_entry e SET sort_key = l.sort_key FROM school_leader l WHERE l.id = e.leader_id AND e.sort_key IS DISTINCT FROM l.sort_key`);
    await queryRunner.query(`ALTER TABLE school_leader DROP COLUMN sort_name`);
  }
}
