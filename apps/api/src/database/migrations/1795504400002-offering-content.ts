import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an offering is about beside its title and description: learning goals and programme (part of
 * the certified content) and the price (not certified, the provider's own to change).
 */
export class OfferingContent1795504400002 implements MigrationInterface {
  name = 'OfferingContent1795504400002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE offering ADD COLUMN learning_goals text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE offering ADD COLUMN programme text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE offering ADD COLUMN price_cents integer CHECK (price_cents >= 0)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE offering DROP COLUMN price_cents`);
    await queryRunner.query(`ALTER TABLE offering DROP COLUMN programme`);
    await queryRunner.query(`ALTER TABLE offering DROP COLUMN learning_goals`);
  }
}
