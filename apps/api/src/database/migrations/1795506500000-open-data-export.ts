import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The daily open-data export of the public register (issue 11): one `open_data_export` row per run
 * with, per format (CSV, JSON), the file's size and SHA-256 (its ETag), and the file itself in parts
 * of about a megabyte (`open_data_export_part`), so neither writing nor serving a file of 250,000
 * entries holds it in memory (the parts are written first, the export row last, in one transaction:
 * hence the deferred foreign key). Every API instance serves the latest; a run keeps the one before it
 * for downloads still in flight and deletes older ones.
 */
export class OpenDataExport1795506500000 implements MigrationInterface {
  name = 'OpenDataExport1795506500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE open_data_export (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        register_date date NOT NULL,
        generated_at timestamptz NOT NULL,
        entries integer NOT NULL CHECK (entries >= 0),
        csv_bytes bigint NOT NULL CHECK (csv_bytes > 0),
        csv_sha256 text NOT NULL,
        json_bytes bigint NOT NULL CHECK (json_bytes > 0),
        json_sha256 text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX open_data_export_generated_at_idx ON open_data_export (generated_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE open_data_export_part (
        export_id uuid NOT NULL REFERENCES open_data_export(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        format text NOT NULL CHECK (format IN ('csv', 'json')),
        part integer NOT NULL CHECK (part >= 0),
        content bytea NOT NULL,
        PRIMARY KEY (export_id, format, part)
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE open_data_export_part`);
    await queryRunner.query(`DROP TABLE open_data_export`);
  }
}
