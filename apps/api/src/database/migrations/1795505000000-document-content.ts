import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded documents' bytes move into PostgreSQL (issue 9): every API instance serves them and one
 * backup holds everything. Content-addressed by SHA-256 as before, so the same file is stored once.
 * Compression is left off (`STORAGE EXTERNAL`): PDFs, PNGs and JPEGs are compressed already.
 * The foreign key checks every new document row; rows from before this migration point to files on
 * disk until `documents:import` copies them in, so there it is added NOT VALID (the import validates it).
 */
export class DocumentContent1795505000000 implements MigrationInterface {
  name = 'DocumentContent1795505000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE document_content (
        sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        content bytea NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0 AND size_bytes = octet_length(content)),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`ALTER TABLE document_content ALTER COLUMN content SET STORAGE EXTERNAL`);
    await queryRunner.query(`
      ALTER TABLE evidence_document ADD CONSTRAINT evidence_document_content_fkey
        FOREIGN KEY (sha256) REFERENCES document_content(sha256) NOT VALID`);
    // A database without documents yet has nothing to import: the key holds for every row at once.
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM evidence_document) THEN
          ALTER TABLE evidence_document VALIDATE CONSTRAINT evidence_document_content_fkey;
        END IF;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE evidence_document DROP CONSTRAINT evidence_document_content_fkey`);
    await queryRunner.query(`DROP TABLE document_content`);
  }
}
