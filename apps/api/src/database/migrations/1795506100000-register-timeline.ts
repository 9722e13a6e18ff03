import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `register_timeline`: what the public register shows for each leader over all dates, as segments
 * [valid_from, valid_to) of equal status, title, level, aspirant flag and registration (valid_to
 * 'infinity' for the last). The domain computes it (`registerTimeline`) from the facts decided by
 * each date, in the same refresh as `register_entry`; `registerStatistics` only counts its rows, so
 * figures for a past date never read today's stored status. `first_entry` marks a leader's first
 * segment (the day the leader entered the register).
 *
 * Backfill: every leader with a registration is marked pending, so the existing read-model refresh
 * (run before a search or a statistics query, and by the daily job) computes the timeline.
 */
export class RegisterTimeline1795506100000 implements MigrationInterface {
  name = 'RegisterTimeline1795506100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE register_timeline (
        leader_id uuid NOT NULL REFERENCES school_leader(id) ON DELETE CASCADE,
        valid_from date NOT NULL,
        valid_to date NOT NULL,
        registration_id uuid NOT NULL REFERENCES registration(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('ACTIVE', 'CONDITIONAL', 'EXPIRED', 'DEREGISTERED')),
        title text NOT NULL CHECK (title IN ('RDO', 'RADO')),
        level text,
        aspirant boolean NOT NULL,
        first_entry boolean NOT NULL,
        PRIMARY KEY (leader_id, valid_from),
        CONSTRAINT register_timeline_segment CHECK (valid_from < valid_to)
      )`);
    // The state on a date: the segments containing it (index-only with the counted columns).
    await queryRunner.query(`
      CREATE INDEX register_timeline_on_date_idx ON register_timeline
        USING gist (daterange(valid_from, valid_to)) INCLUDE (status, title, aspirant)`);
    // Month totals: registered segments starting or ending between two dates.
    await queryRunner.query(`CREATE INDEX register_timeline_registered_from_idx ON register_timeline (valid_from) WHERE status <> 'DEREGISTERED'`);
    await queryRunner.query(`CREATE INDEX register_timeline_registered_to_idx ON register_timeline (valid_to) WHERE status <> 'DEREGISTERED'`);
    await queryRunner.query(`CREATE INDEX register_timeline_entered_idx ON register_timeline (valid_from) WHERE first_entry`);
    await queryRunner.query(`CREATE INDEX register_timeline_registration_idx ON register_timeline (registration_id)`);
    // Enrolment and the event figures counted up to a date.
    await queryRunner.query(`CREATE INDEX school_leader_enrolled_on_idx ON school_leader (enrolled_on)`);
    await queryRunner.query(`CREATE INDEX re_registration_approved_on_idx ON re_registration (approved_on) INCLUDE (registration_id)`);
    await queryRunner.query(`CREATE INDEX deferral_request_requested_idx ON deferral_request (kind, requested_on) INCLUDE (leader_id)`);
    await queryRunner.query(`
      CREATE INDEX deferral_request_granted_idx ON deferral_request (kind, decided_on) INCLUDE (leader_id)
        WHERE status IN ('GRANTED', 'PARTLY_GRANTED')`);
    await queryRunner.query(`CREATE INDEX employment_period_idx ON employment (starts_on) INCLUDE (ends_on, board_id, leader_id)`);

    await queryRunner.query(`
      INSERT INTO register_entry_pending (leader_id, due_on)
      SELECT DISTINCT leader_id, '-infinity'::date FROM registration ORDER BY 1
      ON CONFLICT (leader_id) DO UPDATE SET due_on = '-infinity'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'employment_period_idx',
      'deferral_request_granted_idx',
      'deferral_request_requested_idx',
      're_registration_approved_on_idx',
      'school_leader_enrolled_on_idx',
    ]) {
      await queryRunner.query(`DROP INDEX ${index}`);
    }
    await queryRunner.query(`DROP TABLE register_timeline`);
  }
}
