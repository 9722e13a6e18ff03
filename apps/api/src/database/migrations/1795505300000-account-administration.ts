import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff manage accounts (issue 9): an account can be deactivated (it cannot sign in; its sessions
 * end), and staff search accounts by name or e-mail (trigram index, accent- and case-insensitive)
 * and filter them by role, in name order.
 */
export class AccountAdministration1795505300000 implements MigrationInterface {
  name = 'AccountAdministration1795505300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE account ADD COLUMN deactivated_at timestamptz`);
    await queryRunner.query(`
      ALTER TABLE account
        ADD COLUMN search_text text GENERATED ALWAYS AS (srpo_search_normalize(display_name || ' ' || email)) STORED,
        ADD COLUMN sort_key text GENERATED ALWAYS AS (srpo_search_normalize(display_name)) STORED`);
    await queryRunner.query(`CREATE INDEX account_search_trgm_idx ON account USING gin (search_text gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX account_sort_idx ON account (sort_key, id)`);
    await queryRunner.query(`CREATE INDEX account_roles_idx ON account USING gin (roles)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX account_roles_idx`);
    await queryRunner.query(`ALTER TABLE account DROP COLUMN sort_key, DROP COLUMN search_text, DROP COLUMN deactivated_at`);
  }
}
