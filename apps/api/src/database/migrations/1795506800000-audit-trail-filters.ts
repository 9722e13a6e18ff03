import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The staff audit-trail screen filters the log by kind of record, actor and date, newest first
 * (occurred_at, id): an index per filter keeps each page a short index range however long the log
 * grows. A leader's case file joins the log on the leader's records; objections need their own
 * leader index for that, and a removed portfolio document (its row is gone) is found through the
 * case named in the entry's snapshot.
 */
export class AuditTrailFilters1795506800000 implements MigrationInterface {
  name = 'AuditTrailFilters1795506800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_account_id, occurred_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX audit_log_entity_kind_idx ON audit_log (entity, occurred_at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE INDEX audit_log_removed_portfolio_document_idx ON audit_log ((before ->> 'portfolio_case_id'))
        WHERE entity = 'evidence_document' AND action = 'REMOVE'`);
    await queryRunner.query(`CREATE INDEX objection_leader_idx ON objection (leader_id) WHERE leader_id IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX objection_leader_idx`);
    await queryRunner.query(`DROP INDEX audit_log_removed_portfolio_document_idx`);
    await queryRunner.query(`DROP INDEX audit_log_entity_kind_idx`);
    await queryRunner.query(`DROP INDEX audit_log_actor_idx`);
    await queryRunner.query(`DROP INDEX audit_log_occurred_idx`);
  }
}
