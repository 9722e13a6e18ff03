import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One document store for every uploaded file: an evidence document now belongs to an application, a
 * leader's certificate (completion) or an offering submitted for certification, or (just uploaded,
 * not yet attached) to nothing but its uploader. A certificate has at most one file.
 */
export class CertificateAndOfferingDocuments1795504400001 implements MigrationInterface {
  name = 'CertificateAndOfferingDocuments1795504400001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE evidence_document ALTER COLUMN application_id DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE evidence_document ADD COLUMN completion_id uuid REFERENCES completion(id) ON DELETE CASCADE`);
    await queryRunner.query(`ALTER TABLE evidence_document ADD COLUMN offering_id uuid REFERENCES offering(id) ON DELETE CASCADE`);
    await queryRunner.query(
      `ALTER TABLE evidence_document ADD CONSTRAINT evidence_document_one_subject CHECK (num_nonnulls(application_id, completion_id, offering_id) <= 1)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX evidence_document_one_per_completion ON evidence_document (completion_id) WHERE completion_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX evidence_document_offering_idx ON evidence_document (offering_id) WHERE offering_id IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM evidence_document WHERE application_id IS NULL`);
    await queryRunner.query(`DROP INDEX evidence_document_offering_idx`);
    await queryRunner.query(`DROP INDEX evidence_document_one_per_completion`);
    await queryRunner.query(`ALTER TABLE evidence_document DROP CONSTRAINT evidence_document_one_subject`);
    await queryRunner.query(`ALTER TABLE evidence_document DROP COLUMN offering_id`);
    await queryRunner.query(`ALTER TABLE evidence_document DROP COLUMN completion_id`);
    await queryRunner.query(`ALTER TABLE evidence_document ALTER COLUMN application_id SET NOT NULL`);
  }
}
