import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The daily registration job's ledger: one row per register date, written in the job's own
 * transaction, so the job runs once per date however many API instances start it (issue 9). The
 * deployment test and `/metrics` read it too.
 */
export class DailyJobRun1795505100000 implements MigrationInterface {
  name = 'DailyJobRun1795505100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE daily_job_run (
        run_date date PRIMARY KEY,
        runner text NOT NULL,
        started_at timestamptz NOT NULL,
        finished_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        status_changes integer NOT NULL,
        status_letters integer NOT NULL,
        reminders integer NOT NULL
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE daily_job_run`);
  }
}
