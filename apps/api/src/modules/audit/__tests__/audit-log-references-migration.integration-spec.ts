import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLogReferences1795507500000 } from '../../../database/migrations/1795507500000-audit-log-references';
import { createLeader } from '../../../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';

interface Row {
  entity: string;
  entity_id: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changed_fields: string[];
  leader_id: string | null;
}

describe('migration: the audit log keeps references instead of personal snapshots', () => {
  let database: TestDatabase;
  const migration = new AuditLogReferences1795507500000();

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('strips personal values from old entries in place, keeping references, field names and the leader; the log stays append-only', async () => {
    const { leader, registration } = await createLeader(database.dataSource, { firstName: 'Wilhelmina', lastName: 'Oudeschild', registration: { registeredOn: '2024-02-01' as never } });
    const [application] = (await database.dataSource.query(
      `INSERT INTO registration_application (leader_id, kind, status, leader_function, requested_title, leader_note) VALUES ($1, 'INITIAL', 'DRAFT', 'DIRECTOR', 'RDO', 'Mijn motivatie als Wilhelmina') RETURNING id`,
      [leader.id],
    )) as { id: string }[];
    const removedDocument = crypto.randomUUID();
    const runner = database.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await migration.down(runner);
      // Entries as the application wrote them before: full snapshots, some of raw rows (snake_case).
      const old: [string, string, string, object | null, object | null][] = [
        ['school_leader', leader.id, 'ENROL', null, { firstName: 'Wilhelmina', lastName: 'Oudeschild', birthDate: '1970-04-03', email: 'wilhelmina@example.org', enrolledOn: '2024-01-15' }],
        [
          'registration_application', application!.id, 'SUBMIT',
          { id: application!.id, leaderId: leader.id, status: 'DRAFT', leaderNote: 'Mijn motivatie als Wilhelmina', version: 1 },
          { id: application!.id, leaderId: leader.id, status: 'SUBMITTED', leaderNote: 'Mijn motivatie als Wilhelmina, aangevuld', version: 2 },
        ],
        ['registration', registration!.id, 'DEREGISTER', { status: 'REGISTERED' }, { status: 'DEREGISTERED', deregistrationReason: 'Verhuisd naar Wilhelminadorp' }],
        ['evidence_document', removedDocument, 'REMOVE', { id: removedDocument, application_id: application!.id, file_name: 'diploma-oudeschild.pdf', size_bytes: 1234 }, null],
        ['account', crypto.randomUUID(), 'UPDATE', { displayName: 'W. Oudeschild', roles: ['LEADER'], leaderId: leader.id }, { displayName: 'Wilhelmina Oudeschild', roles: ['LEADER'], leaderId: leader.id }],
        ['theme', 'T1', 'UPDATE', { name: 'Oud thema' }, { name: 'Nieuw thema' }],
      ];
      for (const [entity, entityId, action, before, after] of old) {
        await runner.query(`INSERT INTO audit_log (entity, entity_id, action, before, after) VALUES ($1, $2, $3, $4, $5)`, [
          entity, entityId, action, before && JSON.stringify(before), after && JSON.stringify(after),
        ]);
      }
      await migration.up(runner);
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }

    const text = ((await database.dataSource.query(`SELECT string_agg(to_jsonb(a)::text, ' ') AS text FROM audit_log a`)) as [{ text: string }])[0].text;
    for (const personal of ['Wilhelmina', 'Oudeschild', '1970-04-03', 'wilhelmina@example.org', 'motivatie', 'diploma', 'Verhuisd']) expect(text).not.toContain(personal);

    const rows = (await database.dataSource.query(`SELECT entity, entity_id, action, before, after, changed_fields, leader_id FROM audit_log ORDER BY id`)) as Row[];
    const of = (action: string) => rows.find((row) => row.action === action)!;
    expect(of('ENROL')).toMatchObject({ after: { enrolledOn: '2024-01-15' }, leader_id: leader.id });
    expect(of('ENROL').changed_fields.sort()).toEqual(['birthDate', 'email', 'enrolledOn', 'firstName', 'lastName']);
    expect(of('SUBMIT')).toEqual({
      entity: 'registration_application',
      entity_id: application!.id,
      action: 'SUBMIT',
      before: { leaderId: leader.id, status: 'DRAFT' },
      after: { leaderId: leader.id, status: 'SUBMITTED' },
      changed_fields: ['leaderNote', 'status'],
      leader_id: leader.id,
    });
    // Found through the record itself, and through the application a removed document referenced.
    expect(of('DEREGISTER')).toMatchObject({ after: { status: 'DEREGISTERED' }, changed_fields: ['deregistrationReason', 'status'], leader_id: registration!.leaderId });
    expect(of('REMOVE')).toMatchObject({ before: { applicationId: application!.id }, after: null, changed_fields: ['applicationId', 'fileName', 'sizeBytes'], leader_id: leader.id });
    expect(of('UPDATE')).toMatchObject({ before: { roles: ['LEADER'], leaderId: leader.id }, changed_fields: ['displayName'], leader_id: leader.id });
    expect(rows.find((row) => row.entity === 'theme')).toMatchObject({ before: { name: 'Oud thema' }, after: { name: 'Nieuw thema' }, changed_fields: ['name'], leader_id: null });

    await expect(database.dataSource.query(`UPDATE audit_log SET action = 'X'`)).rejects.toThrow(/append-only/);
    await expect(database.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });
});
