import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An account staff make for someone gets an invitation link (purpose INVITE) to set its first password. */
export class AccountInvitation1795505300001 implements MigrationInterface {
  name = 'AccountInvitation1795505300001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE account_token DROP CONSTRAINT account_token_purpose_check`);
    await queryRunner.query(`ALTER TABLE account_token ADD CONSTRAINT account_token_purpose_check CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'INVITE'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM account_token WHERE purpose = 'INVITE'`);
    await queryRunner.query(`ALTER TABLE account_token DROP CONSTRAINT account_token_purpose_check`);
    await queryRunner.query(`ALTER TABLE account_token ADD CONSTRAINT account_token_purpose_check CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD'))`);
  }
}
