import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * School leaders (with employments and development plan), registrations and the facts their status is
 * derived from: title changes, approved re-registrations and granted deferrals. `registration.status`
 * and `due_date` are a cache of the domain's `statusOn(today)`, kept current by the daily job.
 */
export class LeadersAndRegistrations1795496840910 implements MigrationInterface {
  name = 'LeadersAndRegistrations1795496840910';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // unaccent() is only STABLE; this wrapper pins the dictionary so it can feed indexes and generated columns.
    await queryRunner.query(`
      CREATE FUNCTION srpo_search_normalize(value text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`);
    await queryRunner.query(`CREATE SEQUENCE register_number_seq START 100001`);
    await queryRunner.query(`
      CREATE TABLE school_leader (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        register_number text NOT NULL UNIQUE DEFAULT nextval('register_number_seq')::text,
        initials text NOT NULL,
        first_name text NOT NULL,
        infix text,
        last_name text NOT NULL,
        birth_date date,
        email text,
        account_id uuid UNIQUE REFERENCES account(id) ON DELETE SET NULL,
        enrolled_on date NOT NULL,
        search_text text GENERATED ALWAYS AS
          (srpo_search_normalize(first_name || ' ' || coalesce(infix || ' ', '') || last_name || ' ' || register_number)) STORED,
        sort_key text GENERATED ALWAYS AS
          (srpo_search_normalize(last_name || ' ' || first_name || ' ' || coalesce(infix, ''))) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX school_leader_search_trgm_idx ON school_leader USING gin (search_text gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX school_leader_sort_idx ON school_leader (sort_key, register_number)`);

    await queryRunner.query(`
      CREATE TABLE employment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        leader_id uuid NOT NULL REFERENCES school_leader(id) ON DELETE CASCADE,
        board_id uuid NOT NULL REFERENCES board(id) ON DELETE RESTRICT,
        school_id uuid REFERENCES school(id) ON DELETE RESTRICT,
        function text NOT NULL CHECK (function IN ('DIRECTOR', 'DEPUTY_DIRECTOR')),
        starts_on date NOT NULL,
        ends_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT employment_period CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await queryRunner.query(`CREATE INDEX employment_leader_idx ON employment (leader_id)`);
    await queryRunner.query(`CREATE INDEX employment_board_idx ON employment (board_id)`);

    await queryRunner.query(`
      CREATE TABLE development_plan_theme (
        leader_id uuid NOT NULL REFERENCES school_leader(id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES theme(id) ON DELETE RESTRICT,
        added_on date NOT NULL,
        PRIMARY KEY (leader_id, theme_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE registration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        leader_id uuid NOT NULL REFERENCES school_leader(id) ON DELETE RESTRICT,
        registered_on date NOT NULL,
        first_registered_on date,
        aspirant boolean NOT NULL,
        aspirant_until date,
        full_registration_on date,
        deregistered_on date,
        deregistration_reason text,
        title text NOT NULL CHECK (title IN ('RDO', 'RADO')),
        level text CHECK (level IN ('BASISBEKWAAM', 'VAKBEKWAAM', 'MASTER')),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'CONDITIONAL', 'EXPIRED', 'DEREGISTERED')),
        due_date date NOT NULL,
        status_as_of date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT registration_aspirant_until CHECK (NOT aspirant OR aspirant_until IS NOT NULL),
        CONSTRAINT registration_deregistration CHECK ((deregistered_on IS NULL) = (deregistration_reason IS NULL))
      )`);
    // A leader has at most one registration that is not deregistered.
    await queryRunner.query(
      `CREATE UNIQUE INDEX registration_one_current_per_leader ON registration (leader_id) WHERE deregistered_on IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX registration_status_idx ON registration (status, title)`);
    await queryRunner.query(`CREATE INDEX registration_status_as_of_idx ON registration (status_as_of)`);

    await queryRunner.query(`
      CREATE TABLE registration_title_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registration_id uuid NOT NULL REFERENCES registration(id) ON DELETE CASCADE,
        effective_on date NOT NULL,
        title text NOT NULL CHECK (title IN ('RDO', 'RADO')),
        level text CHECK (level IN ('BASISBEKWAAM', 'VAKBEKWAAM', 'MASTER')),
        aspirant boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (registration_id, effective_on)
      )`);
    await queryRunner.query(`
      CREATE TABLE re_registration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registration_id uuid NOT NULL REFERENCES registration(id) ON DELETE CASCADE,
        approved_on date NOT NULL,
        route text NOT NULL CHECK (route IN ('NVAO_MASTER', 'VAKBEKWAAM_PROGRAMME', 'THEMES')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (registration_id, approved_on)
      )`);
    await queryRunner.query(`
      CREATE TABLE registration_deferral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registration_id uuid NOT NULL REFERENCES registration(id) ON DELETE CASCADE,
        granted_on date NOT NULL,
        new_due_date date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX registration_deferral_registration_idx ON registration_deferral (registration_id)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE registration_deferral`);
    await queryRunner.query(`DROP TABLE re_registration`);
    await queryRunner.query(`DROP TABLE registration_title_change`);
    await queryRunner.query(`DROP TABLE registration`);
    await queryRunner.query(`DROP TABLE development_plan_theme`);
    await queryRunner.query(`DROP TABLE employment`);
    await queryRunner.query(`DROP TABLE school_leader`);
    await queryRunner.query(`DROP SEQUENCE register_number_seq`);
    await queryRunner.query(`DROP FUNCTION srpo_search_normalize(text)`);
  }
}
