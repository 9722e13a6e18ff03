import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registered runs in `register_timeline`: `enters_register` marks a segment in which a leader enters
 * the registered statuses (ACTIVE, CONDITIONAL, EXPIRED) after none or DEREGISTERED, `leaves_register`
 * one after which the leader is no longer registered (its `valid_to` is the first day out). The
 * monthly totals of `registerStatistics` count these few rows between two dates instead of every
 * status change, and partial GiST indexes answer the deregistered leaders on a date. Every leader is
 * recomputed by the read-model refresh (marked pending).
 */
export class RegisterTimelineRuns1795506100002 implements MigrationInterface {
  name = 'RegisterTimelineRuns1795506100002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE register_timeline ADD COLUMN enters_register boolean NOT NULL DEFAULT false,
                                    ADD COLUMN leaves_register boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`DROP INDEX register_timeline_registered_from_idx`);
    await queryRunner.query(`DROP INDEX register_timeline_registered_to_idx`);
    await queryRunner.query(`CREATE INDEX register_timeline_enters_idx ON register_timeline (valid_from) WHERE enters_register`);
    await queryRunner.query(`CREATE INDEX register_timeline_leaves_idx ON register_timeline (valid_to) WHERE leaves_register`);
    await queryRunner.query(`
      CREATE INDEX register_timeline_deregistered_idx ON register_timeline
        USING gist (daterange(valid_from, valid_to)) INCLUDE (leader_id) WHERE status = 'DEREGISTERED'`);
    await queryRunner.query(`
      INSERT INTO register_entry_pending (leader_id, due_on)
      SELECT DISTINCT leader_id, '-infinity'::date FROM registration ORDER BY 1
      ON CONFLICT (leader_id) DO UPDATE SET due_on = '-infinity'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX register_timeline_deregistered_idx`);
    await queryRunner.query(`DROP INDEX register_timeline_leaves_idx`);
    await queryRunner.query(`DROP INDEX register_timeline_enters_idx`);
    await queryRunner.query(`CREATE INDEX register_timeline_registered_from_idx ON register_timeline (valid_from) WHERE status <> 'DEREGISTERED'`);
    await queryRunner.query(`CREATE INDEX register_timeline_registered_to_idx ON register_timeline (valid_to) WHERE status <> 'DEREGISTERED'`);
    await queryRunner.query(`ALTER TABLE register_timeline DROP COLUMN enters_register, DROP COLUMN leaves_register`);
  }
}
