import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Peer validation (DESIGN §3.6, "Schoolleiders waarderen schoolleiders"): sessions staff publish,
 * leaders' sign-ups (one theme each), the trios formed for a session with their members' outcomes,
 * and the closing reflections. The database holds the invariants a race could break: one sign-up per
 * leader and session, a leader in at most one group per session, one reflection per author and
 * subject, and reflections only between members of the same group. A theme credited by peer
 * validation names its group (`informal_validation.peer_group_id`, added by the foundation without FK).
 */
export class PeerValidation1795505900000 implements MigrationInterface {
  name = 'PeerValidation1795505900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE peer_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location text NOT NULL,
        facilitator_account_id uuid NOT NULL REFERENCES account(id) ON DELETE RESTRICT,
        capacity integer NOT NULL CHECK (capacity > 0 AND capacity % 3 = 0),
        state text NOT NULL DEFAULT 'PUBLISHED' CHECK (state IN ('PUBLISHED', 'GROUPED')),
        created_by uuid NOT NULL REFERENCES account(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (ends_at > starts_at)
      )`);
    await queryRunner.query(`CREATE INDEX peer_session_starts_idx ON peer_session (starts_at, id)`);
    await queryRunner.query(`CREATE INDEX peer_session_facilitator_idx ON peer_session (facilitator_account_id, starts_at)`);

    await queryRunner.query(`
      CREATE TABLE peer_sign_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES peer_session(id) ON DELETE RESTRICT,
        leader_id uuid NOT NULL REFERENCES school_leader(id) ON DELETE RESTRICT,
        theme_id uuid NOT NULL REFERENCES theme(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT peer_sign_up_one_per_session UNIQUE (session_id, leader_id)
      )`);
    await queryRunner.query(`CREATE INDEX peer_sign_up_leader_idx ON peer_sign_up (leader_id)`);

    await queryRunner.query(`
      CREATE TABLE peer_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES peer_session(id) ON DELETE RESTRICT,
        facilitator_account_id uuid NOT NULL REFERENCES account(id) ON DELETE RESTRICT,
        confirmed_on date,
        confirmed_by uuid REFERENCES account(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((confirmed_on IS NULL) = (confirmed_by IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX peer_group_session_idx ON peer_group (session_id)`);

    await queryRunner.query(`
      CREATE TABLE peer_group_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES peer_group(id) ON DELETE RESTRICT,
        sign_up_id uuid NOT NULL UNIQUE REFERENCES peer_sign_up(id) ON DELETE RESTRICT,
        leader_id uuid NOT NULL REFERENCES school_leader(id) ON DELETE RESTRICT,
        position integer NOT NULL,
        outcome text CHECK (outcome IN ('CREDITED', 'NOT_CREDITED')),
        outcome_reasons jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT peer_group_member_once UNIQUE (group_id, leader_id)
      )`);
    await queryRunner.query(`CREATE INDEX peer_group_member_leader_idx ON peer_group_member (leader_id)`);
    await queryRunner.query(`COMMENT ON COLUMN peer_group_member.outcome IS 'Set when the facilitator confirms the group: the decision open to objection (kind PEER_VALIDATION, decision id = this row).'`);

    await queryRunner.query(`
      CREATE TABLE peer_reflection (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL,
        author_leader_id uuid NOT NULL,
        subject_leader_id uuid NOT NULL,
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT peer_reflection_one_per_subject UNIQUE (group_id, author_leader_id, subject_leader_id),
        FOREIGN KEY (group_id, author_leader_id) REFERENCES peer_group_member(group_id, leader_id) ON DELETE RESTRICT,
        FOREIGN KEY (group_id, subject_leader_id) REFERENCES peer_group_member(group_id, leader_id) ON DELETE RESTRICT,
        CHECK (author_leader_id <> subject_leader_id)
      )`);

    await queryRunner.query(`
      ALTER TABLE informal_validation
        ADD CONSTRAINT informal_validation_peer_group_fkey FOREIGN KEY (peer_group_id) REFERENCES peer_group(id) ON DELETE RESTRICT`);
    await queryRunner.query(`CREATE INDEX informal_validation_peer_group_idx ON informal_validation (peer_group_id) WHERE peer_group_id IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX informal_validation_peer_group_idx`);
    await queryRunner.query(`ALTER TABLE informal_validation DROP CONSTRAINT informal_validation_peer_group_fkey`);
    await queryRunner.query(`DROP TABLE peer_reflection`);
    await queryRunner.query(`DROP TABLE peer_group_member`);
    await queryRunner.query(`DROP TABLE peer_group`);
    await queryRunner.query(`DROP TABLE peer_sign_up`);
    await queryRunner.query(`DROP TABLE peer_session`);
  }
}
