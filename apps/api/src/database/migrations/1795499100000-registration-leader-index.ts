import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every public lookup picks a leader's most recent registration; without this index that was a scan
 * of all registrations per leader (the public-register benchmark: 1.4 s per search page at 9,000 leaders).
 */
export class RegistrationLeaderIndex1795499100000 implements MigrationInterface {
  name = 'RegistrationLeaderIndex1795499100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX registration_leader_registered_idx ON registration (leader_id, registered_on DESC)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX registration_leader_registered_idx`);
  }
}
