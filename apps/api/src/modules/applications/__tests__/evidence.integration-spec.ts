import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeader } from '../../../testing/fixtures';
import { signedInClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import { EvidenceDocument } from '../evidence-document.entity';
import { MAX_DOCUMENT_BYTES } from '../evidence.routes';
import { RegistrationApplication } from '../registration-application.entity';

describe('evidence documents', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let applicationId: string;
  const cookies: Record<string, string> = {};

  async function cookieFor(roles: Role[], leaderId?: string): Promise<string> {
    return (await signedInClient(database.dataSource, server.url, roles, leaderId)).cookie;
  }

  function upload(cookie: string | undefined, body: Buffer, contentType = 'application/pdf', id = applicationId) {
    return fetch(`${server.url}/applications/${id}/documents`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'x-file-name': encodeURIComponent('diploma van Noor.pdf'), ...(cookie ? { cookie } : {}) },
      body,
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    const { leader } = await createLeader(database.dataSource);
    const { leader: other } = await createLeader(database.dataSource, { firstName: 'Ander' });
    cookies.leader = await cookieFor([Role.LEADER], leader.id);
    cookies.other = await cookieFor([Role.LEADER], other.id);
    cookies.staff = await cookieFor([Role.STAFF]);
    const application = await database.dataSource.getRepository(RegistrationApplication).save({
      leaderId: leader.id, kind: 'INITIAL', status: 'DRAFT', leaderFunction: 'DIRECTOR', requestedTitle: 'RDO',
    } as RegistrationApplication);
    applicationId = application.id;
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('stores an upload outside the row with its checksum, and serves it to the owner and staff only', async () => {
    const content = Buffer.from('%PDF-1.4 diploma');
    const response = await upload(cookies.leader, content);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; sha256: string; sizeBytes: number; fileName: string };
    expect(body).toMatchObject({ sha256: createHash('sha256').update(content).digest('hex'), sizeBytes: content.length, fileName: 'diploma van Noor.pdf' });

    for (const who of ['leader', 'staff'] as const) {
      const download = await fetch(`${server.url}/documents/${body.id}`, { headers: { cookie: cookies[who]! } });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(content)).toBe(true);
    }
    expect((await fetch(`${server.url}/documents/${body.id}`, { headers: { cookie: cookies.other! } })).status).toBe(404);
    expect((await fetch(`${server.url}/documents/${body.id}`)).status).toBe(401);
  });

  it('refuses wrong types, empty and oversized files, and other leaders, storing nothing', async () => {
    const before = await database.dataSource.getRepository(EvidenceDocument).count();
    const wrongType = await upload(cookies.leader, Buffer.from('MZ'), 'application/x-msdownload');
    expect(wrongType.status).toBe(400);
    expect(((await wrongType.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect((await upload(cookies.leader, Buffer.alloc(0))).status).toBe(400);
    expect((await upload(cookies.leader, Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 1))).status).toBe(413);
    expect((await upload(cookies.other, Buffer.from('%PDF-1.4'))).status).toBe(404);
    expect((await upload(undefined, Buffer.from('%PDF-1.4'))).status).toBe(401);
    expect(await database.dataSource.getRepository(EvidenceDocument).count()).toBe(before);
  });

  it('takes a file to attach later (POST /documents) with the same limits, and shows it only to its uploader and officers', async () => {
    const post = (cookie: string | undefined, body: Buffer, contentType = 'application/pdf') =>
      fetch(`${server.url}/documents`, { method: 'POST', headers: { 'content-type': contentType, ...(cookie ? { cookie } : {}) }, body });
    expect((await post(undefined, Buffer.from('%PDF-1.4'))).status).toBe(401);
    expect((await post(cookies.leader, Buffer.from('<html>'), 'text/html')).status).toBe(400);
    expect((await post(cookies.leader, Buffer.alloc(0))).status).toBe(400);
    const response = await post(cookies.leader, Buffer.from('%PDF-1.4 los'));
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect(await database.dataSource.getRepository(EvidenceDocument).findOneByOrFail({ id })).toMatchObject({ applicationId: null, completionId: null, offeringId: null });
    const status = async (cookie: string) => (await fetch(`${server.url}/documents/${id}`, { headers: { cookie } })).status;
    expect(await status(cookies.leader!)).toBe(200);
    expect(await status(cookies.staff!)).toBe(200);
    expect(await status(cookies.other!)).toBe(404);
  });
});
