import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Providers (aanbieders) with their accounts; offerings with claimed (sub)themes; certifications with
 * their certified scope; executions; completions (one counted per execution and leader).
 */
export class ProvidersOfferingsCompletions1795499000000 implements MigrationInterface {
  name = 'ProvidersOfferingsCompletions1795499000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE provider (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kvk_number text NOT NULL UNIQUE CHECK (kvk_number ~ '^[0-9]{8}$'),
        contact_email text NOT NULL,
        phone text,
        website text,
        description text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`ALTER TABLE account ADD COLUMN provider_id uuid REFERENCES provider(id) ON DELETE SET NULL`);
    await queryRunner.query(`CREATE INDEX account_provider_idx ON account (provider_id)`);
    await queryRunner.query(`
      CREATE TABLE offering (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid REFERENCES provider(id) ON DELETE RESTRICT,
        board_id uuid REFERENCES board(id) ON DELETE RESTRICT,
        title text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('BASIC_PROGRAMME', 'VAKBEKWAAM_PROGRAMME', 'MASTER', 'COURSE', 'ASSESSMENT', 'EVC')),
        leads_to_level text CHECK (leads_to_level IN ('BASISBEKWAAM', 'VAKBEKWAAM', 'MASTER')),
        description text NOT NULL DEFAULT '',
        hours integer CHECK (hours IS NULL OR hours > 0),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'CERTIFIED', 'REJECTED')),
        submitted_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT offering_one_owner CHECK (num_nonnulls(provider_id, board_id) = 1),
        CONSTRAINT offering_basic_level CHECK (kind <> 'BASIC_PROGRAMME' OR leads_to_level IN ('BASISBEKWAAM', 'VAKBEKWAAM'))
      )`);
    await queryRunner.query(`CREATE INDEX offering_provider_idx ON offering (provider_id)`);
    await queryRunner.query(`CREATE INDEX offering_board_idx ON offering (board_id)`);
    await queryRunner.query(`
      CREATE TABLE offering_claim (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offering_id uuid NOT NULL REFERENCES offering(id) ON DELETE CASCADE,
        theme_id uuid REFERENCES theme(id) ON DELETE RESTRICT,
        subtheme_id uuid REFERENCES subtheme(id) ON DELETE RESTRICT,
        CONSTRAINT offering_claim_one CHECK (num_nonnulls(theme_id, subtheme_id) = 1)
      )`);
    await queryRunner.query(`CREATE INDEX offering_claim_offering_idx ON offering_claim (offering_id)`);
    await queryRunner.query(`
      CREATE TABLE certification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offering_id uuid NOT NULL REFERENCES offering(id) ON DELETE RESTRICT,
        outcome text NOT NULL CHECK (outcome IN ('CERTIFIED', 'REJECTED')),
        decided_on date NOT NULL,
        decided_by uuid NOT NULL REFERENCES account(id) ON DELETE RESTRICT,
        valid_from date,
        valid_until date,
        grounds text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT certification_period CHECK (
          (outcome = 'CERTIFIED' AND valid_from IS NOT NULL AND valid_until >= valid_from) OR
          (outcome = 'REJECTED' AND valid_from IS NULL AND valid_until IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX certification_offering_idx ON certification (offering_id, valid_from)`);
    await queryRunner.query(`
      CREATE TABLE certification_scope (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        certification_id uuid NOT NULL REFERENCES certification(id) ON DELETE CASCADE,
        theme_id uuid REFERENCES theme(id) ON DELETE RESTRICT,
        subtheme_id uuid REFERENCES subtheme(id) ON DELETE RESTRICT,
        CONSTRAINT certification_scope_one CHECK (num_nonnulls(theme_id, subtheme_id) = 1)
      )`);
    await queryRunner.query(`CREATE INDEX certification_scope_certification_idx ON certification_scope (certification_id)`);
    await queryRunner.query(`CREATE INDEX certification_scope_theme_idx ON certification_scope (theme_id)`);
    await queryRunner.query(`
      CREATE TABLE offering_execution (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offering_id uuid NOT NULL REFERENCES offering(id) ON DELETE RESTRICT,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        location text,
        online boolean NOT NULL DEFAULT false,
        capacity integer CHECK (capacity IS NULL OR capacity > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT offering_execution_dates CHECK (ends_on >= starts_on),
        CONSTRAINT offering_execution_place CHECK (online OR location IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX offering_execution_offering_idx ON offering_execution (offering_id, starts_on)`);
    await queryRunner.query(`
      CREATE TABLE completion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        execution_id uuid NOT NULL REFERENCES offering_execution(id) ON DELETE RESTRICT,
        leader_id uuid NOT NULL REFERENCES school_leader(id) ON DELETE RESTRICT,
        completed_on date NOT NULL,
        source text NOT NULL CHECK (source IN ('PROVIDER', 'LEADER_CERTIFICATE')),
        status text NOT NULL CHECK (status IN ('RECORDED', 'PENDING_VERIFICATION', 'VERIFIED', 'REJECTED', 'WITHDRAWN')),
        recorded_by uuid REFERENCES account(id) ON DELETE RESTRICT,
        handled_by uuid REFERENCES account(id) ON DELETE RESTRICT,
        handled_on date,
        handling_note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    // One live completion per leader and execution: a repeated upload changes nothing.
    await queryRunner.query(
      `CREATE UNIQUE INDEX completion_one_live ON completion (execution_id, leader_id) WHERE status IN ('RECORDED', 'PENDING_VERIFICATION', 'VERIFIED')`,
    );
    await queryRunner.query(`CREATE INDEX completion_leader_idx ON completion (leader_id)`);
    await queryRunner.query(`CREATE INDEX completion_pending_idx ON completion (status) WHERE status = 'PENDING_VERIFICATION'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE completion`);
    await queryRunner.query(`DROP TABLE offering_execution`);
    await queryRunner.query(`DROP TABLE certification_scope`);
    await queryRunner.query(`DROP TABLE certification`);
    await queryRunner.query(`DROP TABLE offering_claim`);
    await queryRunner.query(`DROP TABLE offering`);
    await queryRunner.query(`ALTER TABLE account DROP COLUMN provider_id`);
    await queryRunner.query(`DROP TABLE provider`);
  }
}
