import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Self-service accounts: a school leader enrols with an e-mail address that must be confirmed before
 * the account can sign in, and anyone can ask for a new password. Both send a single-use, expiring
 * link; only the SHA-256 of its token is stored. Accounts made any other way (staff, seed) count as
 * confirmed (the column's default). E-mails carrying such a link are confidential: staff reading the
 * outbox do not see their text.
 */
export class AccountSelfService1795505200000 implements MigrationInterface {
  name = 'AccountSelfService1795505200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE account ADD COLUMN email_verified_at timestamptz DEFAULT now()`);
    await queryRunner.query(`
      CREATE TABLE account_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
        token_hash text NOT NULL UNIQUE,
        -- What the account holder entered on enrolment (name, board, school, function): enters the register on confirmation.
        enrolment jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CONSTRAINT account_token_enrolment CHECK ((purpose = 'VERIFY_EMAIL') = (enrolment IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX account_token_account_idx ON account_token (account_id, purpose, created_at)`);
    await queryRunner.query(`CREATE INDEX account_token_expires_idx ON account_token (expires_at)`);
    await queryRunner.query(`CREATE INDEX session_expires_idx ON session (expires_at)`);
    await queryRunner.query(`ALTER TABLE email_outbox ADD COLUMN confidential boolean NOT NULL DEFAULT false`);
    // Enrolment notices to one address are counted per hour.
    await queryRunner.query(`CREATE INDEX email_outbox_to_address_idx ON email_outbox (to_address, created_at)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX email_outbox_to_address_idx`);
    await queryRunner.query(`ALTER TABLE email_outbox DROP COLUMN confidential`);
    await queryRunner.query(`DROP INDEX session_expires_idx`);
    await queryRunner.query(`DROP TABLE account_token`);
    await queryRunner.query(`ALTER TABLE account DROP COLUMN email_verified_at`);
  }
}
