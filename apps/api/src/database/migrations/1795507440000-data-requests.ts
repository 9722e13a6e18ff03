import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A leader's requests about their own personal data (AVG: correction, erasure) and the staff's
 * decision on each. One open request per leader, kind and subject (so twenty identical filings make
 * one). The decision is open to objection: one more decision kind, DATA_REQUEST, in the objections'
 * kinds constraint (replaced with every kind known so far, as the earlier objection migrations do).
 */
export class DataRequests1795507440000 implements MigrationInterface {
  name = 'DataRequests1795507440000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE data_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        leader_id uuid NOT NULL REFERENCES school_leader(id) ON DELETE RESTRICT,
        kind text NOT NULL CHECK (kind IN ('CORRECTION', 'ERASURE')),
        subject text CHECK (subject IN ('NAME', 'BIRTH_DATE', 'EMAIL', 'EMPLOYMENT', 'OTHER')),
        description text NOT NULL,
        proposed_value text,
        received_on date NOT NULL,
        deadline date NOT NULL,
        extended_on date,
        extension_grounds text,
        status text NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'GRANTED', 'REFUSED')),
        decided_on date,
        decided_by uuid REFERENCES account(id) ON DELETE RESTRICT,
        decision_grounds text,
        changed_fields text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((kind = 'CORRECTION') = (subject IS NOT NULL)),
        CHECK ((status = 'REQUESTED') = (decided_on IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX data_request_leader_idx ON data_request (leader_id, created_at)`);
    await queryRunner.query(`CREATE INDEX data_request_open_idx ON data_request (deadline, id) WHERE status = 'REQUESTED'`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX data_request_one_open ON data_request (leader_id, kind, coalesce(subject, '')) WHERE status = 'REQUESTED'`,
    );
    await queryRunner.query(`ALTER TABLE objection DROP CONSTRAINT objection_decision_kind_check`);
    await queryRunner.query(`
      ALTER TABLE objection ADD CONSTRAINT objection_decision_kind_check
        CHECK (decision_kind IN ('APPLICATION', 'DEFERRAL', 'CERTIFICATION', 'CERTIFICATE_VERIFICATION', 'PORTFOLIO_OUTCOME', 'PEER_VALIDATION', 'DATA_REQUEST'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM objection WHERE decision_kind = 'DATA_REQUEST'`);
    await queryRunner.query(`ALTER TABLE objection DROP CONSTRAINT objection_decision_kind_check`);
    await queryRunner.query(`
      ALTER TABLE objection ADD CONSTRAINT objection_decision_kind_check
        CHECK (decision_kind IN ('APPLICATION', 'DEFERRAL', 'CERTIFICATION', 'CERTIFICATE_VERIFICATION', 'PORTFOLIO_OUTCOME', 'PEER_VALIDATION'))`);
    await queryRunner.query(`DROP TABLE data_request`);
  }
}
