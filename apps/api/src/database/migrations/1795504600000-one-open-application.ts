import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One open application per leader, whatever its kind (issue 8: "Nieuwe aanvraag" was offered while an
 * application was open). Existing duplicates are resolved as in RaceInvariants: the open application
 * furthest along (then the newest) stays, the others are withdrawn with a staff note. The per-kind
 * index is then implied and dropped.
 */
export class OneOpenApplication1795504600000 implements MigrationInterface {
  name = 'OneOpenApplication1795504600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      WITH ranked AS (
        SELECT id, row_number() OVER (
                 PARTITION BY leader_id
                 ORDER BY CASE status WHEN 'SCHEDULED' THEN 1 WHEN 'COMPLETE' THEN 2 WHEN 'SUBMITTED' THEN 3 WHEN 'RETURNED' THEN 4 ELSE 5 END,
                          created_at DESC, id
               ) AS position
          FROM registration_application
         WHERE status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'COMPLETE', 'SCHEDULED')
      )
      UPDATE registration_application a
         SET status = 'WITHDRAWN', meeting_id = NULL, version = a.version + 1, updated_at = now(),
             staff_message = coalesce(a.staff_message || E'\\n', '') || 'Ingetrokken door het register: er liep al een andere aanvraag.'
        FROM ranked
       WHERE ranked.id = a.id AND ranked.position > 1`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX application_one_open ON registration_application (leader_id)
       WHERE status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'COMPLETE', 'SCHEDULED')`);
    await queryRunner.query(`DROP INDEX application_one_open_per_kind`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNIQUE INDEX application_one_open_per_kind ON registration_application (leader_id, kind)
       WHERE status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'COMPLETE', 'SCHEDULED')`);
    await queryRunner.query(`DROP INDEX application_one_open`);
  }
}
