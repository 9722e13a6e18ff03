import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A search page walks `register_entry` in name order and filters on status, title and the search
 * words: with those columns (and the leader id it returns) in the index, the walk never visits the
 * table (index-only), e.g. 7 ms instead of 35 ms for "dijk" at 50,000 leaders.
 */
export class RegisterEntrySearchIndex1795501000002 implements MigrationInterface {
  name = 'RegisterEntrySearchIndex1795501000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX register_entry_sort_idx`);
    await queryRunner.query(
      `CREATE INDEX register_entry_sort_idx ON register_entry (sort_key, register_number) INCLUDE (status, title, search_text, leader_id)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX register_entry_sort_idx`);
    await queryRunner.query(`CREATE INDEX register_entry_sort_idx ON register_entry (sort_key, register_number) INCLUDE (status, title)`);
  }
}
