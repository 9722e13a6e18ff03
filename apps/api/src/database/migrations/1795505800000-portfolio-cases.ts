import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Portfolio cases (DESIGN §3.6, route 1): a leader's case at a certified assessor organisation for one
 * or two themes, its portfolio documents per theme (in the document store, like evidence), the two
 * assessors fixed on assignment, their checklist per theme per round, their outcome proposals (the
 * outcome is decided only when both agree), and the fee lines from the organisation's schedule. The
 * outcome is a decision open to objection (objection.decision_kind 'PORTFOLIO_OUTCOME').
 */
export class PortfolioCases1795505800000 implements MigrationInterface {
  name = 'PortfolioCases1795505800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE portfolio_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        leader_id uuid NOT NULL REFERENCES school_leader(id) ON DELETE RESTRICT,
        assessor_organisation_id uuid NOT NULL REFERENCES assessor_organisation(id) ON DELETE RESTRICT,
        state text NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED', 'INSUFFICIENT', 'SUFFICIENT', 'INTERVIEW_PLANNED', 'VALIDATED', 'NOT_VALIDATED')),
        opened_on date NOT NULL,
        submitted_on date,
        resubmissions integer NOT NULL DEFAULT 0 CHECK (resubmissions >= 0),
        first_assessor_id uuid REFERENCES account(id) ON DELETE RESTRICT,
        second_assessor_id uuid REFERENCES account(id) ON DELETE RESTRICT,
        assessed_on date,
        interview_starts_at timestamptz,
        interview_minutes integer CHECK (interview_minutes > 0),
        interview_location text,
        decided_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT portfolio_case_two_assessors CHECK (
          (first_assessor_id IS NULL AND second_assessor_id IS NULL)
          OR (first_assessor_id IS NOT NULL AND second_assessor_id IS NOT NULL AND first_assessor_id <> second_assessor_id))
      )`);
    await queryRunner.query(`CREATE INDEX portfolio_case_leader_idx ON portfolio_case (leader_id, created_at)`);
    await queryRunner.query(`CREATE INDEX portfolio_case_organisation_idx ON portfolio_case (assessor_organisation_id, created_at, id)`);
    await queryRunner.query(`
      CREATE TABLE portfolio_case_theme (
        portfolio_case_id uuid NOT NULL REFERENCES portfolio_case(id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES theme(id) ON DELETE RESTRICT,
        outcome text CHECK (outcome IN ('VALIDATED', 'NOT_VALIDATED')),
        grounds text,
        PRIMARY KEY (portfolio_case_id, theme_id),
        CONSTRAINT portfolio_case_theme_grounds CHECK ((outcome IS NULL) = (grounds IS NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE portfolio_assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        portfolio_case_id uuid NOT NULL,
        theme_id uuid NOT NULL,
        assessor_id uuid NOT NULL REFERENCES account(id) ON DELETE RESTRICT,
        round integer NOT NULL CHECK (round >= 1),
        follows_fixed_structure boolean NOT NULL,
        shows_development boolean NOT NULL,
        colleague_feedback_count integer NOT NULL CHECK (colleague_feedback_count >= 0),
        source_count integer NOT NULL CHECK (source_count >= 0),
        literature_source_count integer NOT NULL CHECK (literature_source_count >= 0),
        evidence_count integer NOT NULL CHECK (evidence_count >= 0),
        word_count integer NOT NULL CHECK (word_count >= 0),
        clear_writing boolean NOT NULL,
        own_role_central boolean NOT NULL,
        sufficient boolean NOT NULL,
        feedback text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (portfolio_case_id, theme_id) REFERENCES portfolio_case_theme(portfolio_case_id, theme_id) ON DELETE CASCADE,
        CONSTRAINT portfolio_assessment_once UNIQUE (portfolio_case_id, theme_id, assessor_id, round),
        CONSTRAINT portfolio_assessment_feedback CHECK (sufficient OR feedback IS NOT NULL)
      )`);
    await queryRunner.query(`
      CREATE TABLE portfolio_outcome_proposal (
        portfolio_case_id uuid NOT NULL,
        theme_id uuid NOT NULL,
        assessor_id uuid NOT NULL REFERENCES account(id) ON DELETE RESTRICT,
        validated boolean NOT NULL,
        grounds text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (portfolio_case_id, theme_id, assessor_id),
        FOREIGN KEY (portfolio_case_id, theme_id) REFERENCES portfolio_case_theme(portfolio_case_id, theme_id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE portfolio_fee_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        portfolio_case_id uuid NOT NULL REFERENCES portfolio_case(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('ONE_OFF', 'PER_THEME', 'RESUBMISSION', 'INTERVIEW')),
        quantity integer NOT NULL CHECK (quantity > 0),
        unit_cents integer NOT NULL CHECK (unit_cents >= 0),
        amount_cents integer NOT NULL CHECK (amount_cents = quantity * unit_cents),
        charged_on date NOT NULL,
        paid_on date,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX portfolio_fee_line_case_idx ON portfolio_fee_line (portfolio_case_id, created_at)`);
    await queryRunner.query(`
      ALTER TABLE informal_validation
        ADD CONSTRAINT informal_validation_portfolio_case_fkey FOREIGN KEY (portfolio_case_id) REFERENCES portfolio_case(id) ON DELETE RESTRICT`);
    await queryRunner.query(`
      ALTER TABLE evidence_document
        ADD COLUMN portfolio_case_id uuid,
        ADD COLUMN portfolio_theme_id uuid,
        ADD CONSTRAINT evidence_document_portfolio_theme_fkey FOREIGN KEY (portfolio_case_id, portfolio_theme_id)
          REFERENCES portfolio_case_theme(portfolio_case_id, theme_id) ON DELETE CASCADE,
        ADD CONSTRAINT evidence_document_portfolio_both CHECK ((portfolio_case_id IS NULL) = (portfolio_theme_id IS NULL)),
        DROP CONSTRAINT evidence_document_one_subject,
        ADD CONSTRAINT evidence_document_one_subject CHECK (num_nonnulls(application_id, completion_id, offering_id, portfolio_case_id) <= 1)`);
    await queryRunner.query(`CREATE INDEX evidence_document_portfolio_idx ON evidence_document (portfolio_case_id) WHERE portfolio_case_id IS NOT NULL`);
    // Every kind known so far (peer validation's included), whichever of the two migrations runs last.
    await queryRunner.query(`
      ALTER TABLE objection
        DROP CONSTRAINT objection_decision_kind_check,
        ADD CONSTRAINT objection_decision_kind_check
          CHECK (decision_kind IN ('APPLICATION', 'DEFERRAL', 'CERTIFICATION', 'CERTIFICATE_VERIFICATION', 'PORTFOLIO_OUTCOME', 'PEER_VALIDATION'))`);
    await queryRunner.query(
      `COMMENT ON COLUMN objection.decision_id IS 'The decision objected to: decision, deferral_request, certification, completion, peer_group_member or portfolio_case id, by decision_kind.'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM objection WHERE decision_kind = 'PORTFOLIO_OUTCOME'`);
    await queryRunner.query(`
      ALTER TABLE objection
        DROP CONSTRAINT objection_decision_kind_check,
        ADD CONSTRAINT objection_decision_kind_check
          CHECK (decision_kind IN ('APPLICATION', 'DEFERRAL', 'CERTIFICATION', 'CERTIFICATE_VERIFICATION', 'PEER_VALIDATION'))`);
    await queryRunner.query(
      `COMMENT ON COLUMN objection.decision_id IS 'The decision objected to: decision, deferral_request, certification, completion or peer_group_member id, by decision_kind.'`,
    );
    await queryRunner.query(`DELETE FROM evidence_document WHERE portfolio_case_id IS NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE evidence_document
        DROP CONSTRAINT evidence_document_one_subject,
        ADD CONSTRAINT evidence_document_one_subject CHECK (num_nonnulls(application_id, completion_id, offering_id) <= 1),
        DROP COLUMN portfolio_theme_id,
        DROP COLUMN portfolio_case_id`);
    await queryRunner.query(`ALTER TABLE informal_validation DROP CONSTRAINT informal_validation_portfolio_case_fkey`);
    await queryRunner.query(`UPDATE informal_validation SET portfolio_case_id = NULL WHERE portfolio_case_id IS NOT NULL`);
    await queryRunner.query(`DROP TABLE portfolio_fee_line`);
    await queryRunner.query(`DROP TABLE portfolio_outcome_proposal`);
    await queryRunner.query(`DROP TABLE portfolio_assessment`);
    await queryRunner.query(`DROP TABLE portfolio_case_theme`);
    await queryRunner.query(`DROP TABLE portfolio_case`);
  }
}
