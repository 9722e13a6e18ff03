import type { CalendarDate } from '@srpo/domain';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeader } from '../../../testing/fixtures';
import { anonymousClient, signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import { SchoolLeader } from '../../leaders/school-leader.entity';
import { deliverPendingEmails, MAX_EMAIL_ATTEMPTS } from '../email-delivery';
import { EmailOutboxMessage, EmailStatus } from '../email-outbox.entity';
import { Letter } from '../letter.entity';
import { writeLetter } from '../letter.service';

const OUTBOX = `query ($status: [EmailStatus!], $first: Int, $after: String) {
  emailOutbox(status: $status, first: $first, after: $after) {
    totalCount
    edges { cursor node { id toAddress subject textBody letterId status attempts lastError createdAt sentAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const MY_LETTERS = `{ myLetters { edges { node { id kind subject paragraphs datedOn pdfUrl } } } }`;
const LETTERS = `query ($leaderId: ID!) { letters(leaderId: $leaderId) { edges { node { id leaderId kind subject paragraphs datedOn relatedEntity relatedId pdfUrl } } } }`;

interface OutboxPage {
  emailOutbox: { totalCount: number; edges: { node: { id: string; toAddress: string; status: EmailStatus; letterId: string | null } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
}

describe('letters and the e-mail outbox', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  let owner: TestClient;
  let otherLeader: TestClient;
  let leader: SchoolLeader;
  let letter: Letter;

  const write = (leaderId: string, subject = 'Uw registratie staat onder voorwaarden') =>
    database.dataSource.transaction((manager) =>
      writeLetter(manager, {
        leaderId,
        kind: 'STATUS_CONDITIONAL',
        subject,
        paragraphs: ['Vraag zo spoedig mogelijk herregistratie aan.', 'Uw registratie verloopt op 1 september 2026.'],
        relatedEntity: 'registration',
        relatedId: 'r-1',
        datedOn: '2026-03-01' as CalendarDate,
      }),
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    ({ leader } = await createLeader(database.dataSource, { firstName: 'Jan', infix: 'van', lastName: 'Dijk' }));
    const { leader: other } = await createLeader(database.dataSource, { firstName: 'Ander' });
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    owner = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    otherLeader = await signedInClient(database.dataSource, server.url, [Role.LEADER], other.id);
    letter = await write(leader.id);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('writes the letter and queues the e-mail to the leader in one transaction', async () => {
    const emails = await database.dataSource.getRepository(EmailOutboxMessage).findBy({ letterId: letter.id });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ toAddress: leader.email, subject: letter.subject, status: EmailStatus.PENDING, attempts: 0, sentAt: null });
    expect(emails[0]!.textBody).toMatch(/^Beste Jan van Dijk,\n\nVraag zo spoedig mogelijk herregistratie aan\./);
    expect(emails[0]!.textBody).toMatch(/Met vriendelijke groet,\nSchoolleidersregister PO/);
  });

  it('leaves neither letter nor e-mail after a rollback', async () => {
    const before = await Promise.all([database.dataSource.getRepository(Letter).count(), database.dataSource.getRepository(EmailOutboxMessage).count()]);
    await expect(
      database.dataSource.transaction(async (manager) => {
        await writeLetter(manager, { leaderId: leader.id, kind: 'TEST', subject: 'Teruggedraaid', paragraphs: ['Tekst.'] });
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    const after = await Promise.all([database.dataSource.getRepository(Letter).count(), database.dataSource.getRepository(EmailOutboxMessage).count()]);
    expect(after).toEqual(before);
  });

  it('writes the letter but no e-mail for a leader without e-mail address', async () => {
    const { leader: silent } = await createLeader(database.dataSource, { firstName: 'Zonder' });
    await database.dataSource.getRepository(SchoolLeader).update({ id: silent.id }, { email: null });
    const written = await write(silent.id);
    expect(await database.dataSource.getRepository(Letter).countBy({ id: written.id })).toBe(1);
    expect(await database.dataSource.getRepository(EmailOutboxMessage).countBy({ letterId: written.id })).toBe(0);
  });

  it('serves the PDF as a download to the owner and staff, 403 to another leader, 401 anonymously', async () => {
    for (const client of [owner, staff]) {
      const response = await fetch(`${server.url}/letters/${letter.id}.pdf`, { headers: { cookie: client.cookie } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="brief-${letter.id}.pdf"; filename*=UTF-8''brief-${letter.id}.pdf`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    const forbidden = await fetch(`${server.url}/letters/${letter.id}.pdf`, { headers: { cookie: otherLeader.cookie } });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    const anonymous = await fetch(`${server.url}/letters/${letter.id}.pdf`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    const unknown = await fetch(`${server.url}/letters/00000000-0000-4000-8000-000000000000.pdf`, { headers: { cookie: staff.cookie } });
    expect(unknown.status).toBe(404);
  });

  it('lists a leader’s own letters, and any leader’s letters for staff', async () => {
    const mine = await owner.request<{ myLetters: { edges: { node: { id: string; paragraphs: string[]; datedOn: string; pdfUrl: string } }[] } }>(MY_LETTERS);
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.myLetters.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ id: letter.id, datedOn: '2026-03-01', pdfUrl: `/letters/${letter.id}.pdf`, paragraphs: ['Vraag zo spoedig mogelijk herregistratie aan.', 'Uw registratie verloopt op 1 september 2026.'] }),
    ]);
    expect((await otherLeader.request<{ myLetters: { edges: unknown[] } }>(MY_LETTERS)).data?.myLetters.edges).toEqual([]);

    const forStaff = await staff.request<{ letters: { edges: { node: { id: string } }[] } }>(LETTERS, { leaderId: leader.id });
    expect(forStaff.data?.letters.edges.map((edge) => edge.node.id)).toEqual([letter.id]);
    expect((await staff.request(LETTERS, { leaderId: 'not-an-id' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await owner.request(LETTERS, { leaderId: leader.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await staff.request(MY_LETTERS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await anonymousClient(server.url).request(MY_LETTERS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows the outbox to staff only, newest first, filtered by status', async () => {
    const second = await write(leader.id, 'Tweede brief');
    const page = await staff.request<OutboxPage>(OUTBOX, { status: ['PENDING'], first: 1 });
    expect(page.errors).toBeUndefined();
    expect(page.data?.emailOutbox.edges[0]?.node).toMatchObject({ letterId: second.id, status: 'PENDING', toAddress: leader.email });
    expect(page.data?.emailOutbox.pageInfo.hasNextPage).toBe(true);
    const next = await staff.request<OutboxPage>(OUTBOX, { status: ['PENDING'], first: 1, after: page.data?.emailOutbox.pageInfo.endCursor });
    expect(next.data?.emailOutbox.edges[0]?.node.letterId).toBe(letter.id);
    expect((await staff.request<OutboxPage>(OUTBOX, { status: ['SENT'] })).data?.emailOutbox.totalCount).toBe(0);

    expect((await owner.request(OUTBOX)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await anonymousClient(server.url).request(OUTBOX)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('delivers pending e-mails with the PDF attached, and retries failures until FAILED', async () => {
    const failing = nodemailer.createTransport({ name: 'failing', version: '1', send: (_mail, callback) => callback(new Error('SMTP weg'), undefined) });
    for (let attempt = 1; attempt <= MAX_EMAIL_ATTEMPTS; attempt += 1) {
      // Each run an hour later: past the back-off of the previous failure.
      const now = new Date(Date.now() + attempt * 3_600_000);
      const result = await deliverPendingEmails(database.dataSource, failing, { from: 'register@example.nl', now });
      expect(result.sent).toBe(0);
    }
    const failed = await database.dataSource.getRepository(EmailOutboxMessage).findBy({ status: EmailStatus.FAILED });
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((row) => row.attempts === MAX_EMAIL_ATTEMPTS && row.lastError === 'SMTP weg')).toBe(true);

    await write(leader.id, 'Na de storing');
    const delivered: { to?: unknown; attachments?: { filename?: string; contentType?: string; content?: unknown }[] }[] = [];
    const capturing = nodemailer.createTransport({
      name: 'capturing',
      version: '1',
      send: (mail, callback) => {
        delivered.push(mail.data as (typeof delivered)[number]);
        callback(null, { envelope: mail.message.getEnvelope(), messageId: 'test' });
      },
    });
    const result = await deliverPendingEmails(database.dataSource, capturing, { from: 'register@example.nl' });
    expect(result).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(delivered[0]?.to).toBe(leader.email);
    const attachment = delivered[0]?.attachments?.[0];
    expect(attachment).toMatchObject({ filename: 'brief-2026-03-01.pdf', contentType: 'application/pdf' });
    expect(Buffer.isBuffer(attachment?.content) && attachment.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const sent = await database.dataSource.getRepository(EmailOutboxMessage).findOneByOrFail({ subject: 'Na de storing' });
    expect(sent.status).toBe(EmailStatus.SENT);
    expect(sent.sentAt).toBeInstanceOf(Date);
  });
});
