import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Legacy import of the old register (issue 11): an import with its uploaded files, progress and
 * per-row report; `legacy_record` marks every record taken over (its origin, shown to staff) under
 * its natural key. Formal completions of the old register have no offering in our catalogue: they
 * are completions of a per-theme legacy offering ("Oud register"), certified for that theme only and
 * kept out of the public catalogue (`offering.legacy`); informal ones are informal validations with
 * method `LEGACY`.
 */
export class LegacyImport1795506200000 implements MigrationInterface {
  name = 'LegacyImport1795506200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE legacy_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_by uuid REFERENCES account(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        state text NOT NULL CHECK (state IN ('DRY_RUN_QUEUED', 'DRY_RUN_RUNNING', 'DRY_RUN_DONE', 'RUN_QUEUED', 'RUN_RUNNING', 'DONE', 'FAILED')),
        file_names text[] NOT NULL,
        progress jsonb NOT NULL DEFAULT '{}',
        dry_run_report jsonb,
        run_report jsonb,
        error text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX legacy_import_created_idx ON legacy_import (created_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE legacy_import_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        import_id uuid NOT NULL REFERENCES legacy_import(id) ON DELETE CASCADE,
        name text NOT NULL,
        content bytea NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX legacy_import_file_import_idx ON legacy_import_file (import_id)`);
    await queryRunner.query(`
      CREATE TABLE legacy_import_row (
        import_id uuid NOT NULL REFERENCES legacy_import(id) ON DELETE CASCADE,
        pass text NOT NULL CHECK (pass IN ('DRY_RUN', 'RUN')),
        kind text NOT NULL,
        row_number integer NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('CREATE', 'UPDATE', 'UNCHANGED', 'REFUSED')),
        record_key text,
        reasons jsonb NOT NULL DEFAULT '[]',
        PRIMARY KEY (import_id, pass, kind, row_number)
      )`);
    await queryRunner.query(`CREATE INDEX legacy_import_row_refused_idx ON legacy_import_row (import_id, pass, kind, row_number) WHERE outcome = 'REFUSED'`);
    await queryRunner.query(`
      CREATE TABLE legacy_record (
        entity text NOT NULL,
        entity_id uuid NOT NULL,
        legacy_key text NOT NULL,
        import_id uuid NOT NULL REFERENCES legacy_import(id) ON DELETE RESTRICT,
        imported_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (entity, entity_id),
        UNIQUE (entity, legacy_key)
      )`);
    await queryRunner.query(`ALTER TABLE offering ADD COLUMN legacy boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE offering DROP CONSTRAINT offering_one_owner`);
    await queryRunner.query(`ALTER TABLE offering ADD CONSTRAINT offering_one_owner CHECK (num_nonnulls(provider_id, board_id) = (CASE WHEN legacy THEN 0 ELSE 1 END))`);
    await queryRunner.query(`ALTER TABLE informal_validation DROP CONSTRAINT informal_validation_method_check`);
    await queryRunner.query(`ALTER TABLE informal_validation ADD CONSTRAINT informal_validation_method_check CHECK (method IN ('PORTFOLIO', 'PEER_VALIDATION', 'LEGACY'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM informal_validation WHERE method = 'LEGACY'`);
    await queryRunner.query(`ALTER TABLE informal_validation DROP CONSTRAINT informal_validation_method_check`);
    await queryRunner.query(`ALTER TABLE informal_validation ADD CONSTRAINT informal_validation_method_check CHECK (method IN ('PORTFOLIO', 'PEER_VALIDATION'))`);
    await queryRunner.query(`ALTER TABLE offering DROP CONSTRAINT offering_one_owner`);
    await queryRunner.query(`ALTER TABLE offering ADD CONSTRAINT offering_one_owner CHECK (num_nonnulls(provider_id, board_id) = 1) NOT VALID`);
    await queryRunner.query(`ALTER TABLE offering DROP COLUMN legacy`);
    await queryRunner.query(`DROP TABLE legacy_record`);
    await queryRunner.query(`DROP TABLE legacy_import_row`);
    await queryRunner.query(`DROP TABLE legacy_import_file`);
    await queryRunner.query(`DROP TABLE legacy_import`);
  }
}
