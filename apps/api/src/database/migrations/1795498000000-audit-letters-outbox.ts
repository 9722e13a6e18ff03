import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Append-only audit log (DESIGN §3.8), letters with their e-mail outbox (§3.3 "every status change
 * that matters produces a letter") and the reminders already sent, so the daily job never sends one twice.
 */
export class AuditLettersOutbox1795498000000 implements MigrationInterface {
  name = 'AuditLettersOutbox1795498000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_account_id uuid,
        entity text NOT NULL,
        entity_id text NOT NULL,
        action text NOT NULL,
        before jsonb,
        after jsonb
      )`);
    await queryRunner.query(`COMMENT ON COLUMN audit_log.actor_account_id IS 'Account that made the change; null for the system (daily job).'`);
    await queryRunner.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, id DESC)`);
    // Append-only in the database itself: no UPDATE, DELETE or TRUNCATE, whoever asks.
    await queryRunner.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger
        LANGUAGE plpgsql
        AS $$ BEGIN
          RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);

    await queryRunner.query(`
      CREATE TABLE letter (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        leader_id uuid NOT NULL REFERENCES school_leader(id) ON DELETE RESTRICT,
        kind text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        dated_on date NOT NULL,
        related_entity text,
        related_id text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`COMMENT ON COLUMN letter.body IS 'Dutch paragraphs separated by a blank line; the PDF is rendered from this text.'`);
    await queryRunner.query(`CREATE INDEX letter_leader_idx ON letter (leader_id, created_at DESC)`);

    await queryRunner.query(`
      CREATE TABLE email_outbox (
        id bigserial PRIMARY KEY,
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        letter_id uuid REFERENCES letter(id) ON DELETE RESTRICT,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT email_outbox_sent_at CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX email_outbox_pending_idx ON email_outbox (id) WHERE status = 'PENDING'`);
    await queryRunner.query(`CREATE INDEX email_outbox_letter_idx ON email_outbox (letter_id)`);

    await queryRunner.query(`
      CREATE TABLE reminder_sent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registration_id uuid NOT NULL REFERENCES registration(id) ON DELETE CASCADE,
        kind text NOT NULL,
        due_date date NOT NULL,
        sent_on date NOT NULL,
        letter_id uuid REFERENCES letter(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT reminder_sent_once UNIQUE (registration_id, kind, due_date)
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE reminder_sent`);
    await queryRunner.query(`DROP TABLE email_outbox`);
    await queryRunner.query(`DROP TABLE letter`);
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
  }
}
