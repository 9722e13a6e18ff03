import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A BOARD account acts for one school board. */
export class AccountBoardLink1795497200000 implements MigrationInterface {
  name = 'AccountBoardLink1795497200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE account ADD COLUMN board_id uuid REFERENCES board(id) ON DELETE SET NULL`);
    await queryRunner.query(`CREATE INDEX account_board_idx ON account (board_id)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE account DROP COLUMN board_id`);
  }
}
