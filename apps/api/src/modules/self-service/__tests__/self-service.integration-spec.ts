import { createHash } from 'node:crypto';
import { DEFAULT_RATE_LIMITS } from '@srpo/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBoard } from '../../../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { LetterService } from '../../letters/letter.service';
import { School } from '../../organisations/school.entity';
import { AccountService } from '../../accounts/account.service';
import { cleanUpAccounts } from '../../accounts/account-token';
import { Role } from '../../accounts/role';
import { AccountSelfService } from '../self-service.service';

const ENROL = `mutation ($input: EnrolInput!) { enrol(input: $input) }`;
const VERIFY = `mutation ($token: String!) { verifyEmail(token: $token) }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { email roles } }`;
const FORGOT = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation ($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) }`;
const VIEWER = `{ viewer { email } }`;
const PASSWORD = 'paarse olifant fietst naar Zwolle';
const NEW_PASSWORD = 'zeven zingende zeehonden op het ijs';
const PORTAL = 'https://register.example.nl/portaal';

interface Reply {
  status: number;
  cookie: string | undefined;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions: { code: string; reason?: string; field?: string } }[];
    extensions?: { cost?: { requested: number } };
  };
}

describe('self-service accounts: enrolment, confirmation, forgotten password, clean-up', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let limited: Awaited<ReturnType<typeof startTestServer>>;
  let boardId: string;
  let schoolId: string;
  let otherSchoolId: string;
  let counter = 0;

  async function call(query: string, variables: Record<string, unknown> = {}, cookie?: string, baseUrl = server.url): Promise<Reply> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, cookie: response.headers.get('set-cookie')?.split(';')[0], body: (await response.json()) as Reply['body'] };
  }

  function errorOf(reply: Reply) {
    return reply.body.errors?.[0]?.extensions;
  }

  /** The e-mails in the real outbox to `address`, oldest first. */
  async function mailTo(address: string): Promise<{ subject: string; text_body: string; confidential: boolean }[]> {
    return database.dataSource.query(`SELECT subject, text_body, confidential FROM email_outbox WHERE to_address = $1 ORDER BY id`, [address]);
  }

  /** The token of the portal link `page` in the newest e-mail to `address`. */
  async function linkToken(address: string, page: string): Promise<string> {
    const mails = await mailTo(address);
    // The link leads to the configured portal, whatever host the request came to.
    const match = new RegExp(`${PORTAL}${page}#token=([\\w-]+)`).exec(mails.at(-1)?.text_body ?? '');
    if (!match?.[1]) throw new Error(`no ${page} link in the e-mail to ${address}`);
    return match[1];
  }

  function enrolment(overrides: Record<string, unknown> = {}) {
    counter += 1;
    return {
      email: `Nieuwe.Leider${counter}@School.nl`,
      password: PASSWORD,
      firstName: 'Anne Marie',
      infix: 'van der',
      lastName: `Berg${counter}`,
      boardId,
      schoolId,
      leaderFunction: 'DIRECTOR',
      ...overrides,
    };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource, { rateLimits: false, portalUrl: PORTAL });
    limited = await startTestServer(database.dataSource, { rateLimits: DEFAULT_RATE_LIMITS });
    const board = await createBoard(database.dataSource, 'Stichting Zelfbediening');
    const other = await createBoard(database.dataSource, 'Stichting Elders');
    boardId = board.id;
    const schools = await database.dataSource.getRepository(School).save([
      { brin: '91ZA', name: 'De Zelfstarter', city: 'Utrecht', boardId: board.id },
      { brin: '92ZB', name: 'Het Andere Eind', city: 'Zwolle', boardId: other.id },
    ]);
    schoolId = schools[0]!.id;
    otherSchoolId = schools[1]!.id;
  });

  // Every request comes from 127.0.0.1: each test starts with a clean slate for the client's login counter.
  beforeEach(async () => {
    await database.dataSource.query(`DELETE FROM login_throttle WHERE key LIKE 'client:%'`);
  });

  afterAll(async () => {
    await limited?.stop();
    await server?.stop();
    await database?.drop();
  });

  it('lists the schools of a board for the enrolment form', async () => {
    const reply = await call(`query ($boardId: ID!) { boardSchools(boardId: $boardId, first: 10) { totalCount nodes { id name city } } }`, { boardId });
    expect(reply.body.data?.boardSchools).toEqual({ totalCount: 1, nodes: [{ id: schoolId, name: 'De Zelfstarter', city: 'Utrecht' }] });
  });

  it('enrols a leader who can sign in only after confirming the address, and then apply', async () => {
    const input = enrolment();
    const email = input.email.toLowerCase();
    expect((await call(ENROL, { input })).body.data?.enrol).toBe(true);

    const [mail] = await mailTo(email);
    expect(mail).toMatchObject({ confidential: true });
    const token = await linkToken(email, '/account-bevestigen');
    // Only the hash is stored: the token itself is nowhere in the table.
    const stored = (await database.dataSource.query(`SELECT token_hash, expires_at - created_at AS lifetime FROM account_token`)) as { token_hash: string }[];
    expect(stored.map((row) => row.token_hash)).toContain(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(token);
    // Staff reading the outbox see a note instead of the link.
    const outbox = await new LetterService(database.dataSource).outbox({ first: 100 });
    const shown = outbox.edges.map((edge) => edge.node).find((node) => node.toAddress === email);
    expect(shown?.textBody).not.toContain(token);

    // Before confirmation: the right password is told to confirm, a wrong one hears the usual answer.
    const early = await call(LOGIN, { email, password: PASSWORD });
    expect(errorOf(early)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'EMAIL_NOT_VERIFIED' });
    expect(early.cookie).toBeUndefined();
    expect(errorOf(await call(LOGIN, { email, password: 'iets anders dan dit' }))).toMatchObject({ reason: 'INVALID_CREDENTIALS' });
    expect(await database.dataSource.query(`SELECT 1 FROM school_leader WHERE email = $1`, [email])).toHaveLength(0);

    expect((await call(VERIFY, { token })).body.data?.verifyEmail).toBe(true);
    expect(errorOf(await call(VERIFY, { token }))).toMatchObject({ code: 'CONFLICT', reason: 'TOKEN_USED' });
    expect(errorOf(await call(VERIFY, { token: 'niet-een-echte-link' }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_UNKNOWN' });

    const login = await call(LOGIN, { email, password: PASSWORD });
    expect(login.body.data?.login).toEqual({ email, roles: ['LEADER'] });
    const profile = await call(
      `{ myProfile { displayName initials registerNumber enrolledOn employments { boardName schoolName function endsOn } } myApplications { id } }`,
      {},
      login.cookie,
    );
    expect(profile.body.data).toMatchObject({
      myProfile: {
        displayName: `Anne Marie van der ${input.lastName}`,
        initials: 'A.M.',
        employments: [{ boardName: 'Stichting Zelfbediening', schoolName: 'De Zelfstarter', function: 'DIRECTOR', endsOn: null }],
      },
      myApplications: [],
    });
    expect((profile.body.data?.myProfile as { registerNumber: string }).registerNumber).toMatch(/\S/);
    // Enrolled like the demo applicant: the leader can start an application.
    const draft = await call(
      `mutation { createApplication(kind: INITIAL, input: { leaderFunction: DIRECTOR, requestedTitle: RDO }) { status } }`,
      {},
      login.cookie,
    );
    expect(draft.body.data?.createApplication).toEqual({ status: 'DRAFT' });
  });

  it('answers an enrolment with a known address exactly like a new one, and writes only to the address', async () => {
    const holder = enrolment();
    await new AccountService(database.dataSource).createAccount({ email: holder.email, displayName: 'Bestaande Houder', password: PASSWORD, roles: [Role.STAFF] });
    const fresh = await call(ENROL, { input: enrolment() });
    const known = await call(ENROL, { input: { ...holder, password: NEW_PASSWORD } });
    expect(known.status).toBe(fresh.status);
    expect(known.body).toEqual(fresh.body);

    const mails = await mailTo(holder.email.toLowerCase());
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ subject: expect.stringContaining('geprobeerd') as unknown, confidential: false });
    expect(mails[0]!.text_body).not.toContain('token=');
    // Nothing changed: the holder's own password still signs in, the one entered on enrolment does not.
    expect(errorOf(await call(LOGIN, { email: holder.email, password: NEW_PASSWORD }))).toMatchObject({ reason: 'INVALID_CREDENTIALS' });
    expect((await call(LOGIN, { email: holder.email, password: PASSWORD })).body.data?.login).toMatchObject({ roles: ['STAFF'] });

    // A second enrolment while the first awaits confirmation sends that one's link again; it never replaces the password.
    const pending = enrolment();
    await call(ENROL, { input: pending });
    const first = await linkToken(pending.email.toLowerCase(), '/account-bevestigen');
    await call(ENROL, { input: { ...pending, password: NEW_PASSWORD, firstName: 'Iemand' } });
    const second = await linkToken(pending.email.toLowerCase(), '/account-bevestigen');
    expect(second).not.toBe(first);
    expect((await call(VERIFY, { token: second })).body.data?.verifyEmail).toBe(true);
    expect(errorOf(await call(VERIFY, { token: first }))).toMatchObject({ reason: 'TOKEN_USED' });
    expect((await call(LOGIN, { email: pending.email, password: PASSWORD })).body.data?.login).toBeTruthy();
    expect(await database.dataSource.query(`SELECT first_name FROM school_leader WHERE email = $1`, [pending.email.toLowerCase()])).toEqual([{ first_name: 'Anne Marie' }]);
  });

  it('refuses bad enrolments with the field to fix, and creates nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ password: 'welkom123456' }, 'PASSWORD_TOO_WEAK', 'password'],
      [{ password: 'kort' }, 'PASSWORD_TOO_SHORT_OR_LONG', 'password'],
      [{ schoolId: otherSchoolId }, '', 'schoolId'],
      [{ email: 'geen-adres' }, '', 'email'],
      [{ lastName: '   ' }, '', 'lastName'],
    ];
    for (const [overrides, reason, field] of cases) {
      const input = enrolment(overrides);
      const error = errorOf(await call(ENROL, { input }));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field, ...(reason ? { reason } : {}) });
      expect(await database.dataSource.query(`SELECT 1 FROM account WHERE email = $1`, [String(input.email).toLowerCase()])).toHaveLength(0);
    }
  });

  it('makes the e-mailing mutations cost enough that one client can send only a few a minute', async () => {
    const reply = await call(FORGOT, { email: 'niemand@example.nl' }, undefined, limited.url);
    expect(reply.body.extensions?.cost?.requested).toBeGreaterThanOrEqual(2_000);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt += 1) statuses.push((await call(FORGOT, { email: 'niemand@example.nl' }, undefined, limited.url)).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((status) => status === 200).length).toBeLessThan(10);
  });

  it('sends a single-use reset link that ends every session; an unknown address gets the same answer', async () => {
    const input = enrolment();
    const email = input.email.toLowerCase();
    await call(ENROL, { input });
    // Not confirmed yet: no reset mail (the answer is the same).
    await call(FORGOT, { email });
    expect((await mailTo(email)).map((mail) => mail.subject)).toEqual([expect.stringContaining('Bevestig') as unknown]);
    await call(VERIFY, { token: await linkToken(email, '/account-bevestigen') });

    const sessions = [(await call(LOGIN, { email, password: PASSWORD })).cookie, (await call(LOGIN, { email, password: PASSWORD })).cookie];
    const unknown = await call(FORGOT, { email: 'onbekend-adres@example.nl' });
    const known = await call(FORGOT, { email: input.email.toUpperCase() });
    expect(known.body).toEqual(unknown.body);
    expect(known.body.data?.requestPasswordReset).toBe(true);
    expect(await mailTo('onbekend-adres@example.nl')).toHaveLength(0);
    const token = await linkToken(email, '/wachtwoord-herstellen');
    expect((await mailTo(email)).at(-1)).toMatchObject({ confidential: true });

    // The policy applies, and a refused password leaves the link usable.
    expect(errorOf(await call(RESET, { token, password: 'wachtwoord12345' }))).toMatchObject({ reason: 'PASSWORD_TOO_WEAK', field: 'newPassword' });
    expect((await call(RESET, { token, password: NEW_PASSWORD })).body.data?.resetPassword).toBe(true);
    expect(errorOf(await call(RESET, { token, password: NEW_PASSWORD }))).toMatchObject({ code: 'CONFLICT', reason: 'TOKEN_USED' });
    for (const cookie of sessions) expect((await call(VIEWER, {}, cookie)).body.data?.viewer).toBeNull();
    expect(errorOf(await call(LOGIN, { email, password: PASSWORD }))).toMatchObject({ reason: 'INVALID_CREDENTIALS' });
    expect((await call(LOGIN, { email, password: NEW_PASSWORD })).body.data?.login).toMatchObject({ email });
    expect((await mailTo(email)).at(-1)?.subject).toContain('gewijzigd');
  });

  it('lets a reset link expire after an hour and sends at most three an hour', async () => {
    const email = `verloopt${++counter}@example.nl`;
    await new AccountService(database.dataSource).createAccount({ email, displayName: 'Verloopt Snel', password: PASSWORD, roles: [Role.LEADER] });
    const issuedAt = new Date();
    await new AccountSelfService(database.dataSource, PORTAL, () => issuedAt).requestPasswordReset(email);
    const token = await linkToken(email, '/wachtwoord-herstellen');
    const anHourLater = new AccountSelfService(database.dataSource, PORTAL, () => new Date(issuedAt.getTime() + 3_600_000));
    await expect(anHourLater.resetPassword(token, NEW_PASSWORD)).rejects.toMatchObject({ extensions: { reason: 'TOKEN_EXPIRED' } });

    for (let request = 0; request < 4; request += 1) await call(FORGOT, { email });
    expect(await mailTo(email)).toHaveLength(3);
  });

  it('gives a deactivated account no new password: no link is sent, and one sent before is refused', async () => {
    const email = `gedeactiveerd${++counter}@example.nl`;
    await new AccountService(database.dataSource).createAccount({ email, displayName: 'Niet Meer', password: PASSWORD, roles: [Role.LEADER] });
    await call(FORGOT, { email });
    const token = await linkToken(email, '/wachtwoord-herstellen');
    await database.dataSource.query(`UPDATE account SET deactivated_at = now() WHERE email = $1`, [email]);
    expect(errorOf(await call(RESET, { token, password: NEW_PASSWORD }))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_DEACTIVATED' });
    await call(FORGOT, { email });
    expect(await mailTo(email)).toHaveLength(1);
  });

  it('deletes expired and ended sessions, used and expired links, and enrolments never confirmed', async () => {
    const now = new Date();
    const hour = 3_600_000;
    const at = (offset: number) => new Date(now.getTime() + offset);
    // Only this test's rows: what earlier tests left goes first.
    await database.dataSource.query(`DELETE FROM account WHERE email_verified_at IS NULL`);
    await database.dataSource.query(`DELETE FROM session`);
    await database.dataSource.query(`DELETE FROM account_token`);
    const [{ id: kept }] = (await database.dataSource.query(
      `INSERT INTO account (email, display_name, password_hash, roles) VALUES ('opruimen@example.nl', 'Blijft', 'x', '{LEADER}') RETURNING id`,
    )) as [{ id: string }];
    const [{ id: stale }] = (await database.dataSource.query(
      `INSERT INTO account (email, display_name, password_hash, roles, email_verified_at) VALUES ('nooit-bevestigd@example.nl', 'Weg', 'x', '{LEADER}', NULL) RETURNING id`,
    )) as [{ id: string }];
    const [{ id: waiting }] = (await database.dataSource.query(
      `INSERT INTO account (email, display_name, password_hash, roles, email_verified_at) VALUES ('wacht-nog@example.nl', 'Wacht', 'x', '{LEADER}', NULL) RETURNING id`,
    )) as [{ id: string }];
    await database.dataSource.query(
      `INSERT INTO session (token_hash, account_id, expires_at, revoked_at) VALUES ('s-live', $1, $2, NULL), ('s-expired', $1, $3, NULL), ('s-ended', $1, $2, $3)`,
      [kept, at(hour), at(-hour)],
    );
    const enrolmentJson = { firstName: 'A', infix: null, lastName: 'B', boardId, schoolId, leaderFunction: 'DIRECTOR' };
    await database.dataSource.query(
      `INSERT INTO account_token (account_id, purpose, token_hash, enrolment, expires_at, used_at) VALUES
         ($1, 'RESET_PASSWORD', 't-live', NULL, $4, NULL),
         ($1, 'RESET_PASSWORD', 't-used', NULL, $4, $5),
         ($1, 'RESET_PASSWORD', 't-expired', NULL, $5, NULL),
         ($2, 'VERIFY_EMAIL', 't-stale', $6, $5, NULL),
         ($3, 'VERIFY_EMAIL', 't-waiting', $6, $4, NULL)`,
      [kept, stale, waiting, at(hour), at(-hour), enrolmentJson],
    );

    expect(await cleanUpAccounts(database.dataSource, now)).toEqual({ sessions: 2, tokens: 2, unconfirmedAccounts: 1 });
    expect(await database.dataSource.query(`SELECT token_hash FROM session ORDER BY 1`)).toEqual([{ token_hash: 's-live' }]);
    expect(await database.dataSource.query(`SELECT token_hash FROM account_token ORDER BY 1`)).toEqual([{ token_hash: 't-live' }, { token_hash: 't-waiting' }]);
    expect(await database.dataSource.query(`SELECT id FROM account WHERE id = ANY($1::uuid[]) ORDER BY email`, [[kept, stale, waiting]])).toEqual([
      { id: kept },
      { id: waiting },
    ]);
  });
});
