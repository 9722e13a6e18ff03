import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Version counters for data that API instances cache in memory (DESIGN §4.1: caches that must
 * agree live in PostgreSQL). `catalogue` counts every change to the theme catalogue and to
 * certifications with their scope; `register` every change to the register's read model
 * (`register_entry`, for cached search counts). Statement triggers bump them in the writing
 * transaction, so an instance that reads a counter never serves data older than that version.
 */
export class ReadCacheVersion1795501000001 implements MigrationInterface {
  name = 'ReadCacheVersion1795501000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE read_cache_version (name text PRIMARY KEY, version bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO read_cache_version (name, version) VALUES ('catalogue', 1), ('register', 1)`);
    // TG_ARGV[0]: the counter to bump.
    await queryRunner.query(`
      CREATE FUNCTION srpo_bump_cache_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE read_cache_version SET version = version + 1 WHERE name = TG_ARGV[0];
        RETURN NULL;
      END $$`);
    for (const table of ['theme', 'subtheme', 'certification', 'certification_scope']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_catalogue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION srpo_bump_cache_version('catalogue')`);
    }
    await queryRunner.query(`
      CREATE TRIGGER register_entry_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON register_entry
        FOR EACH STATEMENT EXECUTE FUNCTION srpo_bump_cache_version('register')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER register_entry_version ON register_entry`);
    for (const table of ['theme', 'subtheme', 'certification', 'certification_scope']) {
      await queryRunner.query(`DROP TRIGGER ${table}_catalogue_version ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION srpo_bump_cache_version()`);
    await queryRunner.query(`DROP TABLE read_cache_version`);
  }
}
