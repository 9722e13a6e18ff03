import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The values an entry keeps per kind of record, as the application's `AUDIT_VALUE_FIELDS` listed them
 * when this migration was written (a migration is history: it carries its own copy). Every other
 * field of an old snapshot loses its value and is only named in `changed_fields`.
 */
const VALUE_FIELDS: Record<string, string[]> = {
  account: ['roles', 'deactivatedAt'],
  api_key: ['organisation', 'scopes', 'prefix', 'revokedAt'],
  assessor_organisation: ['name', 'kvkNumber', 'certifiedFrom', 'certifiedUntil', 'feeOneOffCents', 'feePerThemeCents', 'feePerInterviewCents', 'feeResubmissionCents'],
  board: ['boardNumber', 'name', 'city'],
  certification: ['outcome', 'decidedOn', 'validFrom', 'validUntil'],
  committee_meeting: ['committee', 'meetingDate', 'location'],
  completion: ['completedOn', 'source', 'status', 'handledOn'],
  data_request: ['kind', 'subject', 'status', 'deadline', 'changedFields'],
  decision: ['outcome', 'grantedLevel', 'isException', 'decidedOn', 'reopenedOn'],
  deferral_request: ['kind', 'reason', 'requestedOn', 'requestedDueDate', 'status', 'decidedOn', 'grantedDueDate'],
  employment: ['function', 'startsOn', 'endsOn'],
  evidence_document: ['contentType', 'sizeBytes', 'uploadedAt'],
  indicator_target: ['indicator', 'value', 'validFrom', 'validUntil'],
  informal_validation: ['validatedOn', 'method', 'withdrawn'],
  legacy_import: ['counts'],
  letter: ['kind', 'datedOn', 'relatedEntity'],
  objection: ['decisionKind', 'filedOn', 'status', 'decidedOn'],
  offering: ['title', 'kind', 'leadsToLevel', 'hours', 'priceCents', 'status', 'submittedOn'],
  offering_execution: ['startsOn', 'endsOn', 'location', 'online', 'capacity'],
  peer_group: ['confirmedOn'],
  peer_group_member: ['position', 'outcome', 'outcomeReasons', 'state'],
  peer_reflection: ['submittedAt'],
  peer_session: ['startsAt', 'endsAt', 'location', 'capacity', 'state', 'groups'],
  portfolio_assessment: [
    'round', 'followsFixedStructure', 'showsDevelopment', 'colleagueFeedbackCount', 'sourceCount', 'literatureSourceCount',
    'evidenceCount', 'wordCount', 'clearWriting', 'ownRoleCentral', 'sufficient', 'recordedAt',
  ],
  portfolio_case: ['state', 'round', 'openedOn', 'submittedOn', 'resubmissions', 'assessedOn', 'interviewStartsAt', 'interviewMinutes', 'decidedOn', 'paidOn', 'reopenedOn'],
  provider: ['name', 'kvkNumber', 'website'],
  re_registration: ['approvedOn', 'route'],
  registration: [
    'title', 'level', 'status', 'aspirant', 'registeredOn', 'firstRegisteredOn', 'aspirantUntil', 'fullRegistrationOn', 'deregisteredOn',
    'dueDate', 'statusAsOf', 'kind', 'on',
  ],
  registration_application: [
    'kind', 'status', 'leaderFunction', 'requestedTitle', 'qualificationRoute', 'reRegistrationRoute', 'claimedLevel', 'evidenceDate',
    'certificationValidFrom', 'certificationValidUntil', 'enrolledOn', 'expectedEndDate', 'nvaoAccredited', 'alignedWithStandard', 'submittedAt',
  ],
  school_leader: ['enrolledOn', 'changedFields', 'basis', 'erasureRequestId', 'format'],
  subtheme: ['code', 'name', 'description', 'validFrom', 'validUntil', 'sortOrder'],
  theme: ['code', 'name', 'description', 'isWildcard', 'validFrom', 'validUntil', 'sortOrder'],
  webhook_subscription: ['events', 'registerNumberCount', 'active', 'failures', 'replayOf'],
};

const BOOKKEEPING = `'id', 'version', 'createdAt', 'updatedAt', 'searchText', 'sortKey', 'sortName'`;
const UUID = `'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`;

/**
 * The audit log keeps references instead of personal snapshots (issue 12, AVG): every existing entry
 * loses the personal values of its `before`/`after` in place (keys become camelCase as new entries
 * write them), keeps its references (fields `…Id`, `…Ids`, `…By` holding ids) and the values listed
 * above, names its changed fields in `changed_fields`, and names its leader in `leader_id`, found
 * in the old snapshot or through the record it references. The case file finds entries of removed
 * records through `leader_id` from now on (it replaces the two snapshot indexes).
 *
 * One set-based UPDATE in the migration's own transaction; the append-only trigger is lifted only
 * inside it: ALTER TABLE holds an exclusive lock on the log until the commit, by which the trigger is
 * back, so no other session ever writes to the log without it. Not reversible in its data: `down`
 * restores the columns and indexes, never the values.
 */
export class AuditLogReferences1795507500000 implements MigrationInterface {
  name = 'AuditLogReferences1795507500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_log ADD COLUMN changed_fields text[] NOT NULL DEFAULT '{}', ADD COLUMN leader_id uuid`);
    await queryRunner.query(`COMMENT ON COLUMN audit_log.changed_fields IS 'Names of the fields the change set, altered or cleared; personal values are never kept in before/after.'`);
    await queryRunner.query(`COMMENT ON COLUMN audit_log.leader_id IS 'The school leader the entry concerns (a reference; no foreign key, entries outlive records).'`);
    await queryRunner.query(`DROP INDEX audit_log_before_leader_idx`);
    await queryRunner.query(`DROP INDEX audit_log_removed_portfolio_document_idx`);

    await queryRunner.query(`CREATE TEMP TABLE audit_value_field (entity text, field text, PRIMARY KEY (entity, field)) ON COMMIT DROP`);
    const pairs = Object.entries(VALUE_FIELDS).flatMap(([entity, fields]) => fields.map((field) => [entity, field]));
    await queryRunner.query(`INSERT INTO audit_value_field SELECT * FROM unnest($1::text[], $2::text[])`, [pairs.map((pair) => pair[0]), pairs.map((pair) => pair[1])]);
    // Helpers for this transaction only (pg_temp): a key as camelCase, a text as uuid or null, the kept part of a snapshot, its changed fields.
    await queryRunner.query(`
      CREATE FUNCTION pg_temp.audit_camel(key text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN strpos(key, '_') = 0 THEN key ELSE
          (SELECT string_agg(CASE WHEN i = 1 THEN part ELSE upper(left(part, 1)) || substr(part, 2) END, '' ORDER BY i)
             FROM unnest(string_to_array(key, '_')) WITH ORDINALITY AS t(part, i)) END $$`);
    await queryRunner.query(`
      CREATE FUNCTION pg_temp.audit_uuid(value text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN value ~* ${UUID} THEN value::uuid END $$`);
    await queryRunner.query(`
      CREATE FUNCTION pg_temp.audit_fields(doc jsonb) RETURNS TABLE (name text, value jsonb) LANGUAGE sql IMMUTABLE AS $$
        SELECT pg_temp.audit_camel(e.key), e.value FROM jsonb_each(CASE WHEN jsonb_typeof(doc) = 'object' THEN doc END) AS e
        UNION ALL SELECT 'value', doc WHERE jsonb_typeof(doc) NOT IN ('object', 'null') $$`);
    await queryRunner.query(`
      CREATE FUNCTION pg_temp.audit_keep(kind text, doc jsonb) RETURNS jsonb LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN doc IS NOT NULL THEN coalesce(
          (SELECT jsonb_object_agg(f.name, f.value) FROM pg_temp.audit_fields(doc) AS f
            WHERE f.name NOT IN (${BOOKKEEPING})
              AND (EXISTS (SELECT 1 FROM audit_value_field v WHERE v.entity = kind AND v.field = f.name)
                   OR (f.name ~ '(Id|Ids|By)$' AND (jsonb_typeof(f.value) = 'null'
                        OR (jsonb_typeof(f.value) = 'string' AND f.value #>> '{}' ~* ${UUID})
                        OR (jsonb_typeof(f.value) = 'array' AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(f.value) AS x(item)
                              WHERE NOT (jsonb_typeof(x.item) = 'string' AND x.item #>> '{}' ~* ${UUID}))))))),
          '{}'::jsonb) END $$`);
    await queryRunner.query(`
      CREATE FUNCTION pg_temp.audit_changed(old jsonb, new jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
        SELECT coalesce(array_agg(coalesce(o.name, n.name) ORDER BY coalesce(o.name, n.name)), '{}')
          FROM pg_temp.audit_fields(old) AS o FULL JOIN pg_temp.audit_fields(new) AS n ON n.name = o.name
         WHERE coalesce(o.name, n.name) NOT IN (${BOOKKEEPING})
           AND o.value IS DISTINCT FROM n.value
           AND NOT (coalesce(o.value, 'null') IN ('null', '""', '[]') AND coalesce(n.value, 'null') IN ('null', '""', '[]')) $$`);

    await queryRunner.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete`);
    // SET reads the old snapshot in every expression, so the leader is found before the values go.
    const field = (names: string[]) => `pg_temp.audit_uuid(coalesce(${names.flatMap((name) => [`a.after ->> '${name}'`, `a.before ->> '${name}'`]).join(', ')}))`;
    const leaderOf = (table: string, id: string) => `(SELECT r.leader_id FROM ${table} r WHERE r.id = ${id})`;
    await queryRunner.query(`
      UPDATE audit_log a SET
        before = pg_temp.audit_keep(a.entity, a.before),
        after = pg_temp.audit_keep(a.entity, a.after),
        changed_fields = pg_temp.audit_changed(a.before, a.after),
        leader_id = coalesce(
          CASE WHEN a.entity = 'school_leader' THEN pg_temp.audit_uuid(a.entity_id) END,
          ${field(['leaderId', 'leader_id', 'subjectLeaderId', 'subject_leader_id'])},
          CASE a.entity
            WHEN 'registration' THEN ${leaderOf('registration', 'pg_temp.audit_uuid(a.entity_id)')}
            WHEN 'registration_application' THEN ${leaderOf('registration_application', 'pg_temp.audit_uuid(a.entity_id)')}
            WHEN 'portfolio_case' THEN ${leaderOf('portfolio_case', 'pg_temp.audit_uuid(a.entity_id)')}
            WHEN 'completion' THEN ${leaderOf('completion', 'pg_temp.audit_uuid(a.entity_id)')}
          END,
          ${leaderOf('registration_application', field(['applicationId', 'application_id']))},
          ${leaderOf('portfolio_case', field(['portfolioCaseId', 'portfolio_case_id']))},
          ${leaderOf('completion', field(['completionId', 'completion_id']))},
          ${leaderOf('registration', field(['registrationId', 'registration_id']))})`);
    await queryRunner.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete`);

    await queryRunner.query(`CREATE INDEX audit_log_leader_idx ON audit_log (leader_id, entity, entity_id) WHERE leader_id IS NOT NULL`);
    for (const name of ['audit_keep', 'audit_changed', 'audit_fields', 'audit_uuid', 'audit_camel']) await queryRunner.query(`DROP FUNCTION pg_temp.${name}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX audit_log_leader_idx`);
    await queryRunner.query(`ALTER TABLE audit_log DROP COLUMN leader_id, DROP COLUMN changed_fields`);
    await queryRunner.query(`CREATE INDEX audit_log_before_leader_idx ON audit_log ((before ->> 'leaderId')) WHERE (before ->> 'leaderId') IS NOT NULL`);
    await queryRunner.query(`
      CREATE INDEX audit_log_removed_portfolio_document_idx ON audit_log ((before ->> 'portfolio_case_id'))
        WHERE entity = 'evidence_document' AND action = 'REMOVE'`);
  }
}
