import type { MigrationInterface, QueryRunner } from 'typeorm';

/** API keys for third parties: only the secret's hash is stored; usage is added in batches. */
export class ApiKeys1795502000000 implements MigrationInterface {
  name = 'ApiKeys1795502000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation text NOT NULL,
        contact_name text NOT NULL,
        contact_email text NOT NULL,
        purpose text NOT NULL,
        scopes text[] NOT NULL CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['PUBLIC_READ', 'BULK_LOOKUP']::text[]),
        prefix text NOT NULL,
        secret_hash text NOT NULL UNIQUE,
        issued_by uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_by uuid REFERENCES account(id) ON DELETE SET NULL,
        last_used_at timestamptz,
        usage_count bigint NOT NULL DEFAULT 0
      )`);
    await queryRunner.query(`CREATE INDEX api_key_created ON api_key (created_at DESC, id DESC)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE api_key`);
  }
}
