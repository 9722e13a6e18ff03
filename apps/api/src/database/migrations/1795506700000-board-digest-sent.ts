import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The monthly digest to board accounts (issue 11): one row per account and month, claimed in the
 * transaction that writes the e-mail, so a rerun or a second API instance sends nothing twice. A row
 * without e-mail: the month had nothing to report for that board.
 */
export class BoardDigestSent1795506700000 implements MigrationInterface {
  name = 'BoardDigestSent1795506700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE board_digest_sent (
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        board_id uuid NOT NULL REFERENCES board(id) ON DELETE CASCADE,
        email_id bigint REFERENCES email_outbox(id) ON DELETE SET NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (account_id, month)
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE board_digest_sent`);
  }
}
