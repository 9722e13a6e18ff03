import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why an e-mail waits, from recorded facts: when it was last tried, when the next try is due (a
 * failed send backs off), and whether the job runner has SMTP at all (one row, written at start-up).
 */
export class EmailDeliveryState1795504500000 implements MigrationInterface {
  name = 'EmailDeliveryState1795504500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE email_outbox ADD COLUMN last_attempt_at timestamptz, ADD COLUMN next_attempt_at timestamptz`);
    await queryRunner.query(`
      CREATE TABLE email_delivery (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        smtp_configured boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE email_delivery`);
    await queryRunner.query(`ALTER TABLE email_outbox DROP COLUMN last_attempt_at, DROP COLUMN next_attempt_at`);
  }
}
