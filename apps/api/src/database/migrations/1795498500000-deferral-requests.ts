import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deferral requests (uitstel) and their decisions; a grant also writes a registration_deferral fact. */
export class DeferralRequests1795498500000 implements MigrationInterface {
  name = 'DeferralRequests1795498500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE deferral_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        leader_id uuid NOT NULL REFERENCES school_leader(id) ON DELETE RESTRICT,
        registration_id uuid REFERENCES registration(id) ON DELETE RESTRICT,
        kind text NOT NULL CHECK (kind IN ('INITIAL_REGISTRATION', 'RE_REGISTRATION')),
        reason text NOT NULL CHECK (reason IN ('FINISHING_PROGRAMME', 'OTHER_ROUTE_IN_PROCEDURE', 'PERSONAL_CIRCUMSTANCES', 'GROUNDED_REASON', 'EARLY_REGISTRANT')),
        requested_on date NOT NULL,
        requested_due_date date NOT NULL,
        motivation text,
        status text NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'GRANTED', 'PARTLY_GRANTED', 'REJECTED')),
        decided_on date,
        decided_by uuid REFERENCES account(id) ON DELETE RESTRICT,
        granted_due_date date,
        decision_reasons text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX deferral_request_leader_idx ON deferral_request (leader_id)`);
    await queryRunner.query(`CREATE INDEX deferral_request_status_idx ON deferral_request (status)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX deferral_request_one_open ON deferral_request (leader_id, kind) WHERE status = 'REQUESTED'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE deferral_request`);
  }
}
