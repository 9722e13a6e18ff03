import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invariants the database enforces, so simultaneous identical writes cannot break them (DESIGN §6):
 * one open application per leader and kind. Existing duplicates are resolved first: the open
 * application furthest along (then the newest) stays, the others are withdrawn with a staff note.
 * (One meeting per committee and date, one provider per KvK number and one open deferral request per
 * leader and kind were already unique; the API maps their violations to CONFLICT.)
 */
export class RaceInvariants1795503000000 implements MigrationInterface {
  name = 'RaceInvariants1795503000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      WITH ranked AS (
        SELECT id, row_number() OVER (
                 PARTITION BY leader_id, kind
                 ORDER BY CASE status WHEN 'SCHEDULED' THEN 1 WHEN 'COMPLETE' THEN 2 WHEN 'SUBMITTED' THEN 3 WHEN 'RETURNED' THEN 4 ELSE 5 END,
                          created_at DESC, id
               ) AS position
          FROM registration_application
         WHERE status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'COMPLETE', 'SCHEDULED')
      )
      UPDATE registration_application a
         SET status = 'WITHDRAWN', meeting_id = NULL, version = a.version + 1, updated_at = now(),
             staff_message = coalesce(a.staff_message || E'\\n', '') || 'Ingetrokken door het register: er liep al een aanvraag van deze soort.'
        FROM ranked
       WHERE ranked.id = a.id AND ranked.position > 1`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX application_one_open_per_kind ON registration_application (leader_id, kind)
       WHERE status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'COMPLETE', 'SCHEDULED')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX application_one_open_per_kind`);
  }
}
