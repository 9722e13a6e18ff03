import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Informal learning (DESIGN §3.6, issue 10): assessor organisations are parties of their own,
 * certified by the register for a period and charging their own fee schedule; ASSESSOR accounts act
 * for one organisation. Every validated theme, by portfolio or peer validation, is one row of
 * `informal_validation`: the evidence that theme counting reads beside formal completions.
 */
export class InformalLearningFoundation1795505500000 implements MigrationInterface {
  name = 'InformalLearningFoundation1795505500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE assessor_organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kvk_number text NOT NULL UNIQUE CHECK (kvk_number ~ '^[0-9]{8}$'),
        contact_email text NOT NULL,
        phone text,
        certified_from date NOT NULL,
        certified_until date NOT NULL,
        fee_one_off_cents integer NOT NULL CHECK (fee_one_off_cents >= 0),
        fee_per_theme_cents integer NOT NULL CHECK (fee_per_theme_cents >= 0),
        fee_per_interview_cents integer NOT NULL CHECK (fee_per_interview_cents >= 0),
        fee_resubmission_cents integer NOT NULL CHECK (fee_resubmission_cents >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT assessor_organisation_period CHECK (certified_from <= certified_until)
      )`);
    await queryRunner.query(`ALTER TABLE account ADD COLUMN assessor_organisation_id uuid REFERENCES assessor_organisation(id) ON DELETE SET NULL`);
    await queryRunner.query(`CREATE INDEX account_assessor_organisation_idx ON account (assessor_organisation_id) WHERE assessor_organisation_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE informal_validation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        leader_id uuid NOT NULL REFERENCES school_leader(id) ON DELETE RESTRICT,
        theme_id uuid NOT NULL REFERENCES theme(id) ON DELETE RESTRICT,
        validated_on date NOT NULL,
        method text NOT NULL CHECK (method IN ('PORTFOLIO', 'PEER_VALIDATION')),
        assessor_organisation_id uuid REFERENCES assessor_organisation(id) ON DELETE RESTRICT,
        portfolio_case_id uuid,
        peer_group_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT informal_validation_one_source CHECK (num_nonnulls(portfolio_case_id, peer_group_id) <= 1),
        CONSTRAINT informal_validation_portfolio_by_organisation CHECK (portfolio_case_id IS NULL OR assessor_organisation_id IS NOT NULL)
      )`);
    await queryRunner.query(`COMMENT ON COLUMN informal_validation.portfolio_case_id IS 'The portfolio case that validated the theme (FK added with portfolio cases).'`);
    await queryRunner.query(`COMMENT ON COLUMN informal_validation.peer_group_id IS 'The peer-validation group that validated the theme (FK added with peer validation).'`);
    // A retried decision must not credit the same theme twice on the same day by the same route.
    await queryRunner.query(`CREATE UNIQUE INDEX informal_validation_once ON informal_validation (leader_id, theme_id, method, validated_on)`);
    await queryRunner.query(`CREATE INDEX informal_validation_leader_idx ON informal_validation (leader_id, validated_on)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE informal_validation`);
    await queryRunner.query(`ALTER TABLE account DROP COLUMN assessor_organisation_id`);
    await queryRunner.query(`DROP TABLE assessor_organisation`);
  }
}
