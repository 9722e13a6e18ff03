import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Targets of the sector's indicators, kept by staff (data, not code), with the seed's targets
 * (sector dashboard, indicator 20): every enrolled leader registered from 1 January 2018, and about
 * 250 registrations a month in the run-up (August to December 2017). The service keeps one target
 * per indicator per day (serialised per indicator); `version` gives optimistic locking.
 * Throughput counts applications by their (last) submission from a date: an index on `submitted_at`.
 */
export class IndicatorTargets1795506600000 implements MigrationInterface {
  name = 'IndicatorTargets1795506600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE indicator_target (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        indicator text NOT NULL CHECK (indicator IN ('REGISTERED_SHARE', 'MONTHLY_REGISTRATIONS')),
        value numeric(7, 1) NOT NULL CHECK (value >= 0),
        valid_from date NOT NULL,
        valid_until date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT indicator_target_period CHECK (valid_until IS NULL OR valid_until >= valid_from),
        CONSTRAINT indicator_target_share_max CHECK (indicator <> 'REGISTERED_SHARE' OR value <= 100)
      )`);
    await queryRunner.query(`CREATE INDEX indicator_target_indicator_idx ON indicator_target (indicator, valid_from)`);
    await queryRunner.query(`
      INSERT INTO indicator_target (indicator, value, valid_from, valid_until) VALUES
        ('REGISTERED_SHARE', 100, '2018-01-01', NULL),
        ('MONTHLY_REGISTRATIONS', 250, '2017-08-01', '2017-12-31')`);
    await queryRunner.query(`CREATE INDEX application_submitted_at_idx ON registration_application (submitted_at) WHERE submitted_at IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX application_submitted_at_idx`);
    await queryRunner.query(`DROP TABLE indicator_target`);
  }
}
