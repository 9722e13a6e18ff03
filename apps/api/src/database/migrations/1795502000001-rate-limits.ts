import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rate limiter's counters (rate-limiter-flexible's RateLimiterPostgres layout), shared by all API
 * instances. Unlogged: counters of a minute need no crash safety, and skipping the WAL keeps the one
 * write per request cheap.
 */
export class RateLimits1795502000001 implements MigrationInterface {
  name = 'RateLimits1795502000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    await queryRunner.query(`CREATE INDEX rate_limit_expire ON rate_limit (expire)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rate_limit`);
  }
}
