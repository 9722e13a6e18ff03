import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Objections (bezwaar) of an offering's owner against a certification decision. */
export class CertificationObjections1795499800000 implements MigrationInterface {
  name = 'CertificationObjections1795499800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE certification_objection (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        certification_id uuid NOT NULL REFERENCES certification(id) ON DELETE RESTRICT,
        filed_by uuid NOT NULL REFERENCES account(id) ON DELETE RESTRICT,
        filed_on date NOT NULL,
        grounds text NOT NULL,
        status text NOT NULL DEFAULT 'FILED' CHECK (status IN ('FILED', 'UPHELD', 'DISMISSED')),
        decided_on date,
        decided_by uuid REFERENCES account(id) ON DELETE RESTRICT,
        outcome_reasons text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX certification_objection_one_open ON certification_objection (certification_id) WHERE status = 'FILED'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE certification_objection`);
  }
}
