import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * AVG anonymisation (issue 12): `school_leader.anonymised_on` marks a leader whose personal data was
 * replaced or removed (the row stays as the anonymous key the statistics projections count); the
 * register read model leaves such a leader out. The retention job finds deregistered leaders by the
 * partial index on `registration.deregistered_on`.
 */
export class LeaderAnonymisation1795507300000 implements MigrationInterface {
  name = 'LeaderAnonymisation1795507300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE school_leader ADD COLUMN anonymised_on date`);
    await queryRunner.query(`CREATE INDEX registration_deregistered_on_idx ON registration (deregistered_on, leader_id) WHERE deregistered_on IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX registration_deregistered_on_idx`);
    await queryRunner.query(`ALTER TABLE school_leader DROP COLUMN anonymised_on`);
  }
}
