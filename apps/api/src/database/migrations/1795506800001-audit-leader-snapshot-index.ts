import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A leader's case file also finds entries of records that are gone (a cancelled sign-up, a validation
 * undone by an objection) through the leader named in the entry's `before` snapshot: this partial index
 * keeps that lookup to the leader's own entries instead of a scan of the whole log.
 */
export class AuditLeaderSnapshotIndex1795506800001 implements MigrationInterface {
  name = 'AuditLeaderSnapshotIndex1795506800001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX audit_log_before_leader_idx ON audit_log ((before ->> 'leaderId')) WHERE (before ->> 'leaderId') IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX audit_log_before_leader_idx`);
  }
}
