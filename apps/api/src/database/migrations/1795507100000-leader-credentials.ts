import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Verifiable credentials (issue 12): one per registration period, kept as signed so a download is stable;
 * a place in a Bitstring Status List each (a sequence hands them out, the unique index guards them); and
 * the signing key that development, test and demo generate once, so every API instance signs with the same
 * key (production configures its keys instead, CREDENTIAL_SIGNING_KEYS).
 */
export class LeaderCredentials1795507100000 implements MigrationInterface {
  name = 'LeaderCredentials1795507100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE leader_credential_status_seq MINVALUE 0 START 0`);
    await queryRunner.query(`
      CREATE TABLE leader_credential (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registration_id uuid NOT NULL REFERENCES registration(id) ON DELETE CASCADE,
        period_starts_on date NOT NULL,
        title text NOT NULL,
        aspirant boolean NOT NULL,
        status_list integer NOT NULL CHECK (status_list >= 1),
        status_index integer NOT NULL CHECK (status_index >= 0),
        issued_at timestamptz NOT NULL DEFAULT now(),
        key_id text NOT NULL,
        jwt text NOT NULL,
        CONSTRAINT leader_credential_period_key UNIQUE (registration_id, period_starts_on),
        CONSTRAINT leader_credential_status_key UNIQUE (status_list, status_index)
      )`);
    await queryRunner.query(`
      CREATE TABLE credential_signing_key (
        kid text PRIMARY KEY,
        private_jwk jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE credential_signing_key`);
    await queryRunner.query(`DROP TABLE leader_credential`);
    await queryRunner.query(`DROP SEQUENCE leader_credential_status_seq`);
  }
}
