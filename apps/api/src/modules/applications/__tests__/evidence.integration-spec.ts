import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTML_PAGE, TINY_PDF, TINY_PNG } from '../../../testing/documents';
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

  function upload(cookie: string | undefined, body: Buffer, contentType = 'application/pdf', id = applicationId, fileName = 'diploma van Noor.pdf') {
    return fetch(`${server.url}/applications/${id}/documents`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'x-file-name': encodeURIComponent(fileName), ...(cookie ? { cookie } : {}) },
      body,
    });
  }

  function post(cookie: string | undefined, body: Buffer, contentType = 'application/pdf') {
    return fetch(`${server.url}/documents`, { method: 'POST', headers: { 'content-type': contentType, ...(cookie ? { cookie } : {}) }, body });
  }

  async function errorOf(response: Response) {
    return ((await response.json()) as { errors: { message: string; extensions: { code: string; reason?: string } }[] }).errors[0]!;
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

  it('stores an upload in PostgreSQL by its checksum, and serves it to the owner and staff only, as a download nobody sniffs or caches', async () => {
    const response = await upload(cookies.leader, TINY_PDF, 'application/pdf', applicationId, "diploma van Noor (’t origineel).pdf");
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; sha256: string; sizeBytes: number; fileName: string };
    const sha256 = createHash('sha256').update(TINY_PDF).digest('hex');
    expect(body).toMatchObject({ sha256, sizeBytes: TINY_PDF.length, fileName: 'diploma van Noor (’t origineel).pdf' });
    const [stored] = (await database.dataSource.query(`SELECT content, size_bytes FROM document_content WHERE sha256 = $1`, [sha256])) as { content: Buffer; size_bytes: number }[];
    expect(stored!.content.equals(TINY_PDF) && stored!.size_bytes === TINY_PDF.length).toBe(true);

    for (const who of ['leader', 'staff'] as const) {
      const download = await fetch(`${server.url}/documents/${body.id}`, { headers: { cookie: cookies[who]! } });
      expect(download.status).toBe(200);
      expect(Object.fromEntries(['content-type', 'content-disposition', 'x-content-type-options', 'cache-control'].map((name) => [name, download.headers.get(name)]))).toEqual({
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="diploma van Noor (_t origineel).pdf"; filename*=UTF-8''diploma%20van%20Noor%20%28%E2%80%99t%20origineel%29.pdf`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      });
      expect(Buffer.from(await download.arrayBuffer()).equals(TINY_PDF)).toBe(true);
    }
    expect((await fetch(`${server.url}/documents/${body.id}`, { headers: { cookie: cookies.other! } })).status).toBe(404);
    expect((await fetch(`${server.url}/documents/${body.id}`)).status).toBe(401);
  });

  it('refuses wrong types, empty and oversized files, and other leaders, storing nothing', async () => {
    const before = await database.dataSource.getRepository(EvidenceDocument).count();
    const wrongType = await upload(cookies.leader, Buffer.from('MZ'), 'application/x-msdownload');
    expect(wrongType.status).toBe(400);
    expect((await errorOf(wrongType)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TYPE_NOT_ALLOWED' });
    expect((await upload(cookies.leader, Buffer.alloc(0))).status).toBe(400);
    expect((await upload(cookies.leader, Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 1))).status).toBe(413);
    expect((await upload(cookies.other, TINY_PDF)).status).toBe(404);
    expect((await upload(undefined, TINY_PDF)).status).toBe(401);
    expect(await database.dataSource.getRepository(EvidenceDocument).count()).toBe(before);
  });

  it('checks the bytes against the declared type on both upload routes: a real PDF or PNG is taken, a web page posing as one is refused', async () => {
    const routes = {
      evidence: (body: Buffer, contentType: string) => upload(cookies.leader, body, contentType),
      'certificate or offering document': (body: Buffer, contentType: string) => post(cookies.leader, body, contentType),
    };
    for (const [route, send] of Object.entries(routes)) {
      expect((await send(TINY_PNG, 'image/png')).status, route).toBe(201);
      const before = await database.dataSource.query(`SELECT (SELECT count(*) FROM evidence_document) AS rows, (SELECT count(*) FROM document_content) AS contents`);
      for (const [body, declared, what] of [
        [HTML_PAGE, 'image/png', 'PNG-afbeelding'],
        [HTML_PAGE, 'application/pdf', 'PDF-bestand'],
        [TINY_PNG, 'application/pdf', 'PDF-bestand'],
        [TINY_PDF, 'image/jpeg', 'JPEG-afbeelding'],
      ] as const) {
        const response = await send(body, declared);
        expect(response.status, `${route}: ${declared}`).toBe(400);
        const error = await errorOf(response);
        expect(error.extensions, route).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_CONTENT_MISMATCH' });
        expect(error.message).toContain(`De inhoud van het bestand is geen ${what}`);
      }
      expect(await database.dataSource.query(`SELECT (SELECT count(*) FROM evidence_document) AS rows, (SELECT count(*) FROM document_content) AS contents`), route).toEqual(before);
    }
  });

  it('takes a file to attach later (POST /documents) with the same limits, and shows it only to its uploader and officers', async () => {
    expect((await post(undefined, TINY_PDF)).status).toBe(401);
    expect((await post(cookies.leader, HTML_PAGE, 'text/html')).status).toBe(400);
    expect((await post(cookies.leader, Buffer.alloc(0))).status).toBe(400);
    const response = await post(cookies.leader, TINY_PDF);
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect(await database.dataSource.getRepository(EvidenceDocument).findOneByOrFail({ id })).toMatchObject({ applicationId: null, completionId: null, offeringId: null });
    const status = async (cookie: string) => (await fetch(`${server.url}/documents/${id}`, { headers: { cookie } })).status;
    expect(await status(cookies.leader!)).toBe(200);
    expect(await status(cookies.staff!)).toBe(200);
    expect(await status(cookies.other!)).toBe(404);
  });
});
