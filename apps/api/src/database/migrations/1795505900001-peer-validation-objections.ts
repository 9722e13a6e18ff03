import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A peer-validation outcome (a trio member credited or not when the facilitator confirms) is a
 * decision open to objection (DESIGN §3.8): one more decision kind, PEER_VALIDATION, whose decision id
 * is the `peer_group_member` row. Replaces the kinds constraint as the objections migration foresaw,
 * with every kind known so far (the portfolio outcome included), whichever migration runs last.
 */
export class PeerValidationObjections1795505900001 implements MigrationInterface {
  name = 'PeerValidationObjections1795505900001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE objection DROP CONSTRAINT objection_decision_kind_check`);
    await queryRunner.query(`
      ALTER TABLE objection ADD CONSTRAINT objection_decision_kind_check
        CHECK (decision_kind IN ('APPLICATION', 'DEFERRAL', 'CERTIFICATION', 'CERTIFICATE_VERIFICATION', 'PORTFOLIO_OUTCOME', 'PEER_VALIDATION'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM objection WHERE decision_kind = 'PEER_VALIDATION'`);
    await queryRunner.query(`ALTER TABLE objection DROP CONSTRAINT objection_decision_kind_check`);
    await queryRunner.query(`
      ALTER TABLE objection ADD CONSTRAINT objection_decision_kind_check
        CHECK (decision_kind IN ('APPLICATION', 'DEFERRAL', 'CERTIFICATION', 'CERTIFICATE_VERIFICATION', 'PORTFOLIO_OUTCOME'))`);
  }
}
