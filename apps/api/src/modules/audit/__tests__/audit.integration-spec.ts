import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousClient, signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { todayInAmsterdam } from '@srpo/domain';
import { attachEvidence, createLeader } from '../../../testing/fixtures';
import { createCertifiedOffering, createCompletion, createProvider } from '../../../testing/offering-fixtures';
import { Role } from '../../accounts/role';
import { RegistrationApplication } from '../../applications/registration-application.entity';
import { Completion } from '../../completions/completion.entity';
import { EvidenceDocument } from '../../applications/evidence-document.entity';
import { AuditLogEntry } from '../audit-log.entity';
import { recordAudit, recordAudits } from '../record-audit';

const AUDIT_LOG = `query ($entity: String, $entityId: String, $first: Int, $after: String) {
  auditLog(entity: $entity, entityId: $entityId, first: $first, after: $after) {
    totalCount
    edges { cursor node { id actorAccountId entity entityId action before after occurredAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const FILTERED = `query ($entity: String, $entityId: String, $leaderId: ID, $actor: ID, $from: Date, $to: Date, $first: Int, $after: String) {
  auditLog(entity: $entity, entityId: $entityId, leaderId: $leaderId, actorAccountId: $actor, from: $from, to: $to, first: $first, after: $after) {
    totalCount
    nodes { entity entityId action actorAccountId actorName leaderId leaderName changedFields }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Filtered {
  auditLog: {
    totalCount: number;
    nodes: { entity: string; entityId: string; action: string; actorAccountId: string | null; actorName: string | null; leaderId: string | null; leaderName: string | null; changedFields: string[] }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

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
    // A theme's name is kept as a value; `on` is not listed for themes, so only its name is.
    expect(rows[0]).toMatchObject({ entityId: 't-1', actorAccountId: staff.accountId, before: { name: 'Oud' }, after: { name: 'Nieuw' }, changedFields: ['name', 'on'], leaderId: null });
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

  it('combines the filters: record kind and id, actor, days in Amsterdam; keyset-paged newest first with the actor’s name', async () => {
    const other = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    const entries: [string | null, string, string, string, string][] = [
      [staff.accountId, 'board', 'b-1', 'CREATE', '2026-03-01T22:30:00Z'], // 1 March 23:30 in Amsterdam
      [staff.accountId, 'board', 'b-2', 'CREATE', '2026-03-01T23:30:00Z'], // 2 March 00:30 in Amsterdam
      [other.accountId, 'board', 'b-1', 'RENAME', '2026-03-02T10:00:00Z'],
      [null, 'provider', 'p-1', 'UPDATE', '2026-03-03T12:00:00Z'],
      [staff.accountId, 'provider', 'p-1', 'CREATE', '2026-03-05T12:00:00Z'],
    ];
    for (const [actor, entity, entityId, action, at] of entries) {
      await database.dataSource.query(`INSERT INTO audit_log (actor_account_id, entity, entity_id, action, occurred_at) VALUES ($1, $2, $3, $4, $5)`, [actor, entity, entityId, action, at]);
    }
    const list = async (variables: Record<string, unknown>) => {
      const reply = await staff.request<Filtered>(FILTERED, variables);
      expect(reply.errors).toBeUndefined();
      return reply.data!.auditLog;
    };
    const keys = (page: Filtered['auditLog']) => page.nodes.map((node) => `${node.entityId}:${node.action}`);

    expect(keys(await list({ entity: 'board', from: '2026-03-02', to: '2026-03-02' }))).toEqual(['b-1:RENAME', 'b-2:CREATE']);
    expect(keys(await list({ to: '2026-03-01' }))).toEqual(['b-1:CREATE']);
    expect(keys(await list({ actor: staff.accountId, from: '2026-03-02', to: '2026-03-31' }))).toEqual(['p-1:CREATE', 'b-2:CREATE']);
    expect(keys(await list({ actor: staff.accountId, entity: 'board', entityId: 'b-1' }))).toEqual(['b-1:CREATE']);
    const provider = await list({ entity: 'provider', entityId: 'p-1' });
    expect(provider.nodes.map((node) => node.actorName)).toEqual(['Test STAFF', null]);

    const first = await list({ actor: staff.accountId, to: '2026-03-31', first: 2 });
    expect(keys(first)).toEqual(['p-1:CREATE', 'b-2:CREATE']);
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({ actor: staff.accountId, to: '2026-03-31', first: 2, after: first.pageInfo.endCursor });
    expect(keys(second)).toEqual(['b-1:CREATE']);
    expect(second.pageInfo.hasNextPage).toBe(false);

    for (const variables of [{ from: '2026-03-05', to: '2026-03-01' }, { actor: 'nobody' }, { leaderId: 'x' }, { first: 101 }]) {
      expect((await staff.request(FILTERED, variables)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('gives a leader’s whole case: the leader’s own records and removed ones by their reference to the leader, with the leader’s current name; no other leader’s', async () => {
    const today = todayInAmsterdam(new Date());
    const provider = await createProvider(database.dataSource);
    const { execution } = await createCertifiedOffering(database.dataSource, staff.accountId, { providerId: provider.id, validFrom: '2024-01-01', validUntil: '2030-12-31' } as never);
    const caseOf = async (firstName: string) => {
      const { leader, registration } = await createLeader(database.dataSource, { firstName, registration: { registeredOn: '2024-02-01' as never } });
      const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
      const created = await client.request<{ createApplication: { id: string } }>(
        `mutation ($input: ApplicationInput!) { createApplication(kind: RE_REGISTRATION, input: $input) { id } }`,
        { input: { leaderFunction: 'DIRECTOR', requestedTitle: 'RDO', reRegistrationRoute: 'THEMES' } }, // a draft: no rule stands in the way
      );
      expect(created.errors).toBeUndefined();
      const applicationId = created.data!.createApplication.id;
      await attachEvidence(database.dataSource, applicationId);
      const document = await database.dataSource.getRepository(EvidenceDocument).findOneByOrFail({ applicationId });
      await createCompletion(database.dataSource, execution.id, leader.id, today);
      const completion = await database.dataSource.getRepository(Completion).findOneByOrFail({ leaderId: leader.id });
      const cancelledSignUp = crypto.randomUUID();
      await database.dataSource.transaction((manager) =>
        recordAudits(manager, [
          { actorAccountId: null, entity: 'school_leader', entityId: leader.id, action: 'ENROL' },
          { actorAccountId: null, entity: 'registration', entityId: registration!.id, action: 'STATUS_CHANGED' },
          { actorAccountId: client.accountId, entity: 'evidence_document', entityId: document.id, action: 'UPLOAD' },
          { actorAccountId: null, entity: 'completion', entityId: completion.id, action: 'RECORD' },
          { actorAccountId: client.accountId, entity: 'peer_sign_up', entityId: cancelledSignUp, action: 'CANCEL', before: { id: cancelledSignUp, leaderId: leader.id } },
        ]),
      );
      expect(await database.dataSource.getRepository(RegistrationApplication).countBy({ leaderId: leader.id })).toBe(1);
      return {
        leader,
        client,
        expected: [
          `peer_sign_up:${cancelledSignUp}:CANCEL`,
          `completion:${completion.id}:RECORD`,
          `evidence_document:${document.id}:UPLOAD`,
          `registration:${registration!.id}:STATUS_CHANGED`,
          `school_leader:${leader.id}:ENROL`,
          `registration_application:${applicationId}:CREATE`,
        ],
      };
    };
    const anna = await caseOf('Anna');
    const bram = await caseOf('Bram');
    const trail = (page: Filtered['auditLog']) => page.nodes.map((node) => `${node.entity}:${node.entityId}:${node.action}`);

    const annas = await staff.request<Filtered>(FILTERED, { leaderId: anna.leader.id });
    expect(annas.errors).toBeUndefined();
    expect(trail(annas.data!.auditLog)).toEqual(anna.expected);
    expect(annas.data!.auditLog.totalCount).toBe(6);
    // The removed sign-up is found through the leader its entry references; the name is read now, never stored.
    const cancelled = annas.data!.auditLog.nodes.find((node) => node.action === 'CANCEL')!;
    expect(cancelled).toMatchObject({ leaderId: anna.leader.id, leaderName: 'Anna Leider', changedFields: ['leaderId'] });
    await database.dataSource.query(`UPDATE school_leader SET first_name = 'Annabel' WHERE id = $1`, [anna.leader.id]);
    const renamed = await staff.request<Filtered>(FILTERED, { leaderId: anna.leader.id, entity: 'peer_sign_up' });
    expect(renamed.data!.auditLog.nodes.map((node) => node.leaderName)).toEqual(['Annabel Leider']);
    const byBram = await staff.request<Filtered>(FILTERED, { leaderId: bram.leader.id, actor: bram.client.accountId });
    expect(trail(byBram.data!.auditLog)).toEqual(bram.expected.filter((key) => /peer_sign_up|evidence_document|registration_application/.test(key)));

    const caseFile = await staff.request<{ leaderProfile: { auditTrail: Filtered['auditLog'] } }>(
      `query ($id: ID!) { leaderProfile(id: $id) { auditTrail(first: 50) { totalCount nodes { entity entityId action actorAccountId actorName } pageInfo { hasNextPage endCursor } } } }`,
      { id: bram.leader.id },
    );
    expect(trail(caseFile.data!.leaderProfile.auditTrail)).toEqual(bram.expected);
  });
});
