import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An import is UPLOADED while staff add its files (one request per file); the dry run starts after the last one. */
export class LegacyImportUpload1795506200001 implements MigrationInterface {
  name = 'LegacyImportUpload1795506200001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE legacy_import DROP CONSTRAINT legacy_import_state_check`);
    await queryRunner.query(`
      ALTER TABLE legacy_import ADD CONSTRAINT legacy_import_state_check
        CHECK (state IN ('UPLOADED', 'DRY_RUN_QUEUED', 'DRY_RUN_RUNNING', 'DRY_RUN_DONE', 'RUN_QUEUED', 'RUN_RUNNING', 'DONE', 'FAILED'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE legacy_import SET state = 'DRY_RUN_QUEUED' WHERE state = 'UPLOADED'`);
    await queryRunner.query(`ALTER TABLE legacy_import DROP CONSTRAINT legacy_import_state_check`);
    await queryRunner.query(`
      ALTER TABLE legacy_import ADD CONSTRAINT legacy_import_state_check
        CHECK (state IN ('DRY_RUN_QUEUED', 'DRY_RUN_RUNNING', 'DRY_RUN_DONE', 'RUN_QUEUED', 'RUN_RUNNING', 'DONE', 'FAILED'))`);
  }
}
