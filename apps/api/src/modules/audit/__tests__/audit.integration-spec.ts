import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousClient, signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import { AuditLogEntry } from '../audit-log.entity';
import { recordAudit } from '../record-audit';

const AUDIT_LOG = `query ($entity: String, $entityId: String, $first: Int, $after: String) {
  auditLog(entity: $entity, entityId: $entityId, first: $first, after: $after) {
    totalCount
    edges { cursor node { id actorAccountId entity entityId action before after occurredAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface AuditPage {
  auditLog: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; actorAccountId: string | null; entity: string; entityId: string; action: string; before: unknown; after: unknown } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('audit log', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('writes entries inside the caller’s transaction: they commit and roll back with the change', async () => {
    await database.dataSource.transaction((manager) =>
      recordAudit(manager, { actorAccountId: staff.accountId, entity: 'theme', entityId: 't-1', action: 'UPDATED', before: { name: 'Oud' }, after: { name: 'Nieuw', on: new Date('2026-03-01T10:00:00Z') } }),
    );
    await expect(
      database.dataSource.transaction(async (manager) => {
        await recordAudit(manager, { actorAccountId: null, entity: 'theme', entityId: 't-2', action: 'UPDATED' });
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');

    const rows = await database.dataSource.getRepository(AuditLogEntry).findBy({ entity: 'theme' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entityId: 't-1', actorAccountId: staff.accountId, before: { name: 'Oud' }, after: { name: 'Nieuw', on: '2026-03-01T10:00:00.000Z' } });
    expect(rows[0]!.occurredAt).toBeInstanceOf(Date);
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    await database.dataSource.transaction((manager) => recordAudit(manager, { actorAccountId: null, entity: 'registration', entityId: 'r-1', action: 'STATUS_CHANGED' }));
    await expect(database.dataSource.query(`UPDATE audit_log SET action = 'X'`)).rejects.toThrow(/append-only/);
    await expect(database.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(database.dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    expect(await database.dataSource.getRepository(AuditLogEntry).countBy({ entityId: 'r-1' })).toBe(1);
  });

  it('lists entries newest first for staff, filtered and paged with cursors', async () => {
    await database.dataSource.transaction(async (manager) => {
      for (const action of ['A', 'B', 'C']) await recordAudit(manager, { actorAccountId: null, entity: 'letter', entityId: 'l-1', action });
      await recordAudit(manager, { actorAccountId: null, entity: 'letter', entityId: 'l-2', action: 'D' });
    });
    const first = await staff.request<AuditPage>(AUDIT_LOG, { entity: 'letter', entityId: 'l-1', first: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data?.auditLog.totalCount).toBe(3);
    expect(first.data?.auditLog.edges.map((edge) => edge.node.action)).toEqual(['C', 'B']);
    expect(first.data?.auditLog.pageInfo.hasNextPage).toBe(true);

    const next = await staff.request<AuditPage>(AUDIT_LOG, { entity: 'letter', entityId: 'l-1', first: 2, after: first.data?.auditLog.pageInfo.endCursor });
    expect(next.data?.auditLog.edges.map((edge) => edge.node.action)).toEqual(['A']);
    expect(next.data?.auditLog.pageInfo.hasNextPage).toBe(false);

    const all = await staff.request<AuditPage>(AUDIT_LOG, { entity: 'letter' });
    expect(all.data?.auditLog.edges.map((edge) => edge.node.action)).toEqual(['D', 'C', 'B', 'A']);

    const badCursor = await staff.request(AUDIT_LOG, { after: 'nonsense' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badFirst = await staff.request(AUDIT_LOG, { first: 0 });
    expect(badFirst.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is for staff only: FORBIDDEN for other roles, UNAUTHENTICATED anonymously', async () => {
    for (const role of [Role.LEADER, Role.COMMITTEE, Role.BOARD]) {
      const client = await signedInClient(database.dataSource, server.url, [role]);
      const reply = await client.request(AUDIT_LOG);
      expect(reply.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(reply.data?.auditLog ?? null).toBeNull();
    }
    const anonymous = await anonymousClient(server.url).request(AUDIT_LOG);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
