import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Version counters for data that API instances cache in memory (DESIGN §4.1: caches that must
 * agree live in PostgreSQL). `catalogue` counts every change to the theme catalogue and to
 * certifications with their scope; statement triggers bump it in the writing transaction, so an
 * instance that reads the counter with its data never serves a catalogue older than what it read.
 */
export class ReadCacheVersion1795501000001 implements MigrationInterface {
  name = 'ReadCacheVersion1795501000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE read_cache_version (name text PRIMARY KEY, version bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO read_cache_version (name, version) VALUES ('catalogue', 1)`);
    await queryRunner.query(`
      CREATE FUNCTION srpo_bump_catalogue_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE read_cache_version SET version = version + 1 WHERE name = 'catalogue';
        RETURN NULL;
      END $$`);
    for (const table of ['theme', 'subtheme', 'certification', 'certification_scope']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_catalogue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION srpo_bump_catalogue_version()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['theme', 'subtheme', 'certification', 'certification_scope']) {
      await queryRunner.query(`DROP TRIGGER ${table}_catalogue_version ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION srpo_bump_catalogue_version()`);
    await queryRunner.query(`DROP TABLE read_cache_version`);
  }
}
