import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One objection table for every kind of decision (DESIGN §3.8): the application objections stay,
 * the certification objections move in (same ids, nothing lost), each row names the kind of decision
 * and the party it concerns (leader, provider or board). Upholding an objection reopens the decision,
 * so an application can now have a decision that was reopened beside the one that stands. Letters
 * can also go to a provider or board (certification decisions).
 */
export class ObjectionsForEveryDecision1795504300000 implements MigrationInterface {
  name = 'ObjectionsForEveryDecision1795504300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE objection
        DROP CONSTRAINT objection_decision_id_fkey,
        ADD COLUMN decision_kind text NOT NULL DEFAULT 'APPLICATION',
        ADD COLUMN filed_by uuid REFERENCES account(id) ON DELETE RESTRICT,
        ADD COLUMN leader_id uuid REFERENCES school_leader(id) ON DELETE RESTRICT,
        ADD COLUMN provider_id uuid REFERENCES provider(id) ON DELETE RESTRICT,
        ADD COLUMN board_id uuid REFERENCES board(id) ON DELETE RESTRICT`);
    await queryRunner.query(`ALTER TABLE objection ALTER COLUMN decision_kind DROP DEFAULT`);
    // A later kind (e.g. informal validation) replaces this constraint in its own migration.
    await queryRunner.query(`
      ALTER TABLE objection ADD CONSTRAINT objection_decision_kind_check
        CHECK (decision_kind IN ('APPLICATION', 'DEFERRAL', 'CERTIFICATION', 'CERTIFICATE_VERIFICATION'))`);
    await queryRunner.query(`COMMENT ON COLUMN objection.decision_id IS 'The decision objected to: decision, deferral_request, certification or completion id, by decision_kind.'`);
    await queryRunner.query(`
      UPDATE objection o
         SET leader_id = a.leader_id,
             filed_by = coalesce(
               (SELECT l.actor_account_id FROM audit_log l WHERE l.entity = 'objection' AND l.entity_id = o.id::text AND l.action = 'FILE' ORDER BY l.id LIMIT 1),
               (SELECT s.account_id FROM school_leader s WHERE s.id = a.leader_id))
        FROM decision d JOIN registration_application a ON a.id = d.application_id
       WHERE d.id = o.decision_id`);
    await queryRunner.query(`
      INSERT INTO objection (id, decision_kind, decision_id, filed_by, provider_id, board_id, filed_on, grounds, status,
                             decided_on, decided_by, outcome_reasons, created_at, updated_at, version)
      SELECT c.id, 'CERTIFICATION', c.certification_id, c.filed_by, f.provider_id, f.board_id, c.filed_on, c.grounds, c.status,
             c.decided_on, c.decided_by, c.outcome_reasons, c.created_at, c.updated_at, c.version
        FROM certification_objection c
        JOIN certification ce ON ce.id = c.certification_id
        JOIN offering f ON f.id = ce.offering_id`);
    await queryRunner.query(`DROP TABLE certification_objection`);
    await queryRunner.query(`ALTER TABLE objection ADD CONSTRAINT objection_one_party CHECK (num_nonnulls(leader_id, provider_id, board_id) = 1)`);
    await queryRunner.query(`DROP INDEX objection_one_open_per_decision`);
    await queryRunner.query(`CREATE UNIQUE INDEX objection_one_open_per_decision ON objection (decision_kind, decision_id) WHERE status = 'FILED'`);
    await queryRunner.query(`CREATE INDEX objection_open_idx ON objection (created_at, id) WHERE status = 'FILED'`);

    await queryRunner.query(`ALTER TABLE decision ADD COLUMN reopened_on date`);
    await queryRunner.query(`COMMENT ON COLUMN decision.reopened_on IS 'Set when an upheld objection reopened the application; the application is then decided again.'`);
    await queryRunner.query(`ALTER TABLE decision DROP CONSTRAINT decision_application_id_key`);
    await queryRunner.query(`CREATE UNIQUE INDEX decision_one_standing_per_application ON decision (application_id) WHERE reopened_on IS NULL`);
    await queryRunner.query(`CREATE INDEX decision_application_idx ON decision (application_id)`);

    await queryRunner.query(`
      ALTER TABLE letter
        ALTER COLUMN leader_id DROP NOT NULL,
        ADD COLUMN provider_id uuid REFERENCES provider(id) ON DELETE RESTRICT,
        ADD COLUMN board_id uuid REFERENCES board(id) ON DELETE RESTRICT,
        ADD CONSTRAINT letter_one_recipient CHECK (num_nonnulls(leader_id, provider_id, board_id) = 1)`);
    await queryRunner.query(`CREATE INDEX letter_provider_idx ON letter (provider_id, created_at DESC) WHERE provider_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX letter_board_idx ON letter (board_id, created_at DESC) WHERE board_id IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM email_outbox WHERE letter_id IN (SELECT id FROM letter WHERE leader_id IS NULL)`);
    await queryRunner.query(`DELETE FROM letter WHERE leader_id IS NULL`);
    await queryRunner.query(`ALTER TABLE letter DROP CONSTRAINT letter_one_recipient, DROP COLUMN provider_id, DROP COLUMN board_id, ALTER COLUMN leader_id SET NOT NULL`);

    await queryRunner.query(`DELETE FROM decision WHERE reopened_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM objection o WHERE o.decision_id = decision.id)`);
    await queryRunner.query(`DROP INDEX decision_application_idx`);
    await queryRunner.query(`DROP INDEX decision_one_standing_per_application`);
    await queryRunner.query(`ALTER TABLE decision ADD CONSTRAINT decision_application_id_key UNIQUE (application_id), DROP COLUMN reopened_on`);

    await queryRunner.query(`
      CREATE TABLE certification_objection (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        certification_id uuid NOT NULL REFERENCES certification(id) ON DELETE RESTRICT,
        filed_by uuid NOT NULL REFERENCES account(id) ON DELETE RESTRICT,
        filed_on date NOT NULL,
        grounds text NOT NULL,
        status text NOT NULL DEFAULT 'FILED' CHECK (status IN ('FILED', 'UPHELD', 'DISMISSED')),
        decided_on date,
        decided_by uuid REFERENCES account(id) ON DELETE RESTRICT,
        outcome_reasons text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX certification_objection_one_open ON certification_objection (certification_id) WHERE status = 'FILED'`);
    await queryRunner.query(`
      INSERT INTO certification_objection (id, certification_id, filed_by, filed_on, grounds, status, decided_on, decided_by, outcome_reasons, created_at, updated_at, version)
      SELECT id, decision_id, filed_by, filed_on, grounds, status, decided_on, decided_by, outcome_reasons, created_at, updated_at, version
        FROM objection WHERE decision_kind = 'CERTIFICATION'`);
    await queryRunner.query(`DELETE FROM objection WHERE decision_kind <> 'APPLICATION'`);
    await queryRunner.query(`DROP INDEX objection_open_idx`);
    await queryRunner.query(`DROP INDEX objection_one_open_per_decision`);
    await queryRunner.query(`CREATE UNIQUE INDEX objection_one_open_per_decision ON objection (decision_id) WHERE status = 'FILED'`);
    await queryRunner.query(`
      ALTER TABLE objection
        DROP CONSTRAINT objection_one_party,
        DROP CONSTRAINT objection_decision_kind_check,
        DROP COLUMN decision_kind, DROP COLUMN filed_by, DROP COLUMN leader_id, DROP COLUMN provider_id, DROP COLUMN board_id,
        ADD CONSTRAINT objection_decision_id_fkey FOREIGN KEY (decision_id) REFERENCES decision(id) ON DELETE RESTRICT`);
  }
}
