import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Re-registration applications (DESIGN §3.5): the route the leader applies through. */
export class ReRegistrationApplications1795499500000 implements MigrationInterface {
  name = 'ReRegistrationApplications1795499500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE registration_application
        ADD COLUMN re_registration_route text CHECK (re_registration_route IN ('NVAO_MASTER', 'VAKBEKWAAM_PROGRAMME', 'THEMES')),
        ADD CONSTRAINT application_re_registration_route_kind CHECK (re_registration_route IS NULL OR kind = 'RE_REGISTRATION')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE registration_application DROP CONSTRAINT application_re_registration_route_kind`);
    await queryRunner.query(`ALTER TABLE registration_application DROP COLUMN re_registration_route`);
  }
}
