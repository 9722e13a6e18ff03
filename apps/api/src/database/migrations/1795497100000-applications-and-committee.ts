import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Applications with evidence, committee meetings, decisions and objections. */
export class ApplicationsAndCommittee1795497100000 implements MigrationInterface {
  name = 'ApplicationsAndCommittee1795497100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE committee_meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        committee text NOT NULL DEFAULT 'REGISTRATION' CHECK (committee IN ('REGISTRATION', 'ACCREDITATION')),
        meeting_date date NOT NULL,
        location text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (committee, meeting_date)
      )`);
    await queryRunner.query(`
      CREATE TABLE registration_application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        leader_id uuid NOT NULL REFERENCES school_leader(id) ON DELETE RESTRICT,
        kind text NOT NULL CHECK (kind IN ('INITIAL', 'ASPIRANT', 'LEVEL_CHANGE', 'RE_REGISTRATION')),
        status text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'COMPLETE', 'SCHEDULED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
        leader_function text NOT NULL CHECK (leader_function IN ('DIRECTOR', 'DEPUTY_DIRECTOR')),
        requested_title text NOT NULL CHECK (requested_title IN ('RDO', 'RADO')),
        qualification_route text CHECK (qualification_route IN ('CERTIFIED_PROGRAMME', 'ASSESSMENT', 'EVC', 'DIPLOMA_EVALUATION', 'NVAO_MASTER')),
        claimed_level text CHECK (claimed_level IN ('BASISBEKWAAM', 'VAKBEKWAAM', 'MASTER')),
        evidence_date date,
        institution text,
        certification_valid_from date,
        certification_valid_until date,
        enrolled_on date,
        expected_end_date date,
        nvao_accredited boolean,
        aligned_with_standard boolean,
        leader_note text,
        staff_message text,
        meeting_id uuid REFERENCES committee_meeting(id) ON DELETE RESTRICT,
        submitted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT application_scheduled_has_meeting CHECK (status <> 'SCHEDULED' OR meeting_id IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX application_status_idx ON registration_application (status, kind)`);
    await queryRunner.query(`CREATE INDEX application_leader_idx ON registration_application (leader_id)`);
    await queryRunner.query(`CREATE INDEX application_meeting_idx ON registration_application (meeting_id)`);
    await queryRunner.query(`
      CREATE TABLE evidence_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES registration_application(id) ON DELETE CASCADE,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        uploaded_by uuid REFERENCES account(id) ON DELETE SET NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX evidence_document_application_idx ON evidence_document (application_id)`);
    await queryRunner.query(`
      CREATE TABLE decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL UNIQUE REFERENCES registration_application(id) ON DELETE RESTRICT,
        meeting_id uuid NOT NULL REFERENCES committee_meeting(id) ON DELETE RESTRICT,
        outcome text NOT NULL CHECK (outcome IN ('APPROVED', 'REJECTED')),
        reasons text,
        granted_level text CHECK (granted_level IN ('BASISBEKWAAM', 'VAKBEKWAAM', 'MASTER')),
        is_exception boolean NOT NULL DEFAULT false,
        exception_justification text,
        decided_by uuid NOT NULL REFERENCES account(id) ON DELETE RESTRICT,
        decided_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT decision_rejection_has_reasons CHECK (outcome = 'APPROVED' OR reasons IS NOT NULL),
        CONSTRAINT decision_exception_justified CHECK (NOT is_exception OR exception_justification IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX decision_meeting_idx ON decision (meeting_id)`);
    await queryRunner.query(`
      CREATE TABLE objection (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        decision_id uuid NOT NULL REFERENCES decision(id) ON DELETE RESTRICT,
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
    await queryRunner.query(`CREATE UNIQUE INDEX objection_one_open_per_decision ON objection (decision_id) WHERE status = 'FILED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE objection`);
    await queryRunner.query(`DROP TABLE decision`);
    await queryRunner.query(`DROP TABLE evidence_document`);
    await queryRunner.query(`DROP TABLE registration_application`);
    await queryRunner.query(`DROP TABLE committee_meeting`);
  }
}
