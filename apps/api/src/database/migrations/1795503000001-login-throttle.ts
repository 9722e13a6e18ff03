import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login throttling shared by every API instance: failures per e-mail address (hashed, whether or not an
 * account has it) and per client address, with the time until the next attempt is allowed. Replaces
 * the per-account lock that anyone could trigger for 15 minutes.
 */
export class LoginThrottle1795503000001 implements MigrationInterface {
  name = 'LoginThrottle1795503000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
        blocked_until timestamptz,
        last_failure_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX login_throttle_last_failure_idx ON login_throttle (last_failure_at)`);
    await queryRunner.query(`ALTER TABLE account DROP COLUMN failed_login_count, DROP COLUMN locked_until`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE account ADD COLUMN failed_login_count integer NOT NULL DEFAULT 0, ADD COLUMN locked_until timestamptz`);
    await queryRunner.query(`DROP TABLE login_throttle`);
  }
}
