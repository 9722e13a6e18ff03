import { gunzipSync } from 'node:zlib';
import { addDays, addYears, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { verifyCredential } from 'did-jwt-vc';
import { Resolver, type DIDDocument } from 'did-resolver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeader, type LeaderFixture } from '../../../testing/fixtures';
import { anonymousClient, signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import type { CredentialSettings } from '../credential-document';
import { writeLetter } from '../../letters/letter.service';
import { CredentialService } from '../credential.service';
import { generateSigningKey, type SigningKeyJwk } from '../signing-keys';

const MY_CREDENTIALS = `{ myCredentials { id registrationId title aspirant validFrom validUntil status verificationUrl downloadUrl } }`;
const BY_ID = `query ($id: ID!) { credentialVerification(id: $id) { signatureValid status issuerName credentialId registerNumber displayName title aspirant validFrom validUntil checkedAt problem } }`;
const VERIFY = `query ($credential: String!) { verifyCredential(credential: $credential) { signatureValid status credentialId registerNumber problem } }`;

interface Credential {
  id: string;
  status: string;
  validFrom: string;
  validUntil: string | null;
  verificationUrl: string;
  downloadUrl: string;
}
interface Verification {
  signatureValid: boolean;
  status: string;
  credentialId: string | null;
  registerNumber: string | null;
  problem: string | null;
}

type Server = Awaited<ReturnType<typeof startTestServer>>;

const today = todayInAmsterdam(new Date());
const yearsAgo = (years: number, days = 0): CalendarDate => addDays(addYears(today, -years), -days);

/**
 * An independent verifier: did-jwt-vc (with did-jwt and did-resolver), none of which our issuing code uses.
 * Its did:web resolver fetches the issuer's DID document from the server under test over plain HTTP (the
 * same path as https://host/.well-known/did.json); nothing outside the machine is reached.
 */
function independentResolver(baseUrl: string): Resolver {
  return new Resolver({
    web: async (did) => {
      const response = await fetch(`${baseUrl}/.well-known/did.json`);
      const didDocument = (await response.json()) as DIDDocument;
      return { didDocument: didDocument.id === did ? didDocument : null, didDocumentMetadata: {}, didResolutionMetadata: { contentType: 'application/did+json' } };
    },
  });
}

/** Verifies with did-jwt-vc. `format: false`: its format check knows only the VC 1.1 context; Open Badges 3.0 uses VC 2.0 (checked below). */
function verifyIndependently(jwt: string, baseUrl: string) {
  return verifyCredential(jwt, independentResolver(baseUrl), { policies: { format: false } });
}

/** Flips one character of a JWT part (0 = header, 1 = payload, 2 = signature) to another base64url character: one byte changed. */
function changeOneByte(jwt: string, part: 1 | 2): string {
  const parts = jwt.split('.');
  const text = parts[part]!;
  const at = Math.floor(text.length / 2);
  parts[part] = text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
  return parts.join('.');
}

/** Decodes a status list with plain zlib: multibase `u` + base64url of GZIP; bit 0 is the first byte's most significant bit. */
function revokedBit(statusListJwt: string, index: number): boolean {
  const payload = JSON.parse(Buffer.from(statusListJwt.split('.')[1]!, 'base64url').toString('utf8')) as { credentialSubject: { encodedList: string; statusPurpose: string } };
  expect(payload.credentialSubject.statusPurpose).toBe('revocation');
  const encoded = payload.credentialSubject.encodedList;
  expect(encoded.startsWith('u')).toBe(true);
  const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
  expect(bits.length * 8).toBeGreaterThanOrEqual(131_072);
  return (bits[index >> 3]! & (0x80 >> (index & 7))) !== 0;
}

describe('verifiable credentials', () => {
  let database: TestDatabase;
  let server: Server;
  const settings: CredentialSettings = { siteUrl: 'http://placeholder', signingKeys: null };

  async function leaderClient(registration: LeaderFixture['registration'], lastName: string, baseUrl = server.url): Promise<TestClient> {
    const { leader } = await createLeader(database.dataSource, { firstName: 'Anna', infix: 'de', lastName, registration });
    return signedInClient(database.dataSource, baseUrl, [Role.LEADER], leader.id);
  }

  async function credentialsOf(client: TestClient): Promise<Credential[]> {
    const response = await client.request<{ myCredentials: Credential[] }>(MY_CREDENTIALS);
    expect(response.errors).toBeUndefined();
    return response.data!.myCredentials;
  }

  async function download(client: TestClient, credential: Credential, baseUrl = server.url): Promise<string> {
    const response = await fetch(`${baseUrl}${credential.downloadUrl}`, { headers: { cookie: client.cookie } });
    expect(response.status).toBe(200);
    return response.text();
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource, { credentials: settings, rateLimits: false });
    // The issuer is the site the server stands for: here the test server itself.
    settings.siteUrl = server.url;
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('issues an Open Badges 3.0 credential on first ask, stable afterwards, that an independent library verifies; one byte changed fails', async () => {
    const client = await leaderClient({ registeredOn: yearsAgo(1), title: 'RDO' }, 'Vries');
    const [credential, ...others] = await credentialsOf(client);
    expect(others).toHaveLength(0);
    expect(credential).toMatchObject({ status: 'VALID', validFrom: yearsAgo(1), verificationUrl: `${server.url}/verificatie/${credential!.id}` });
    expect(await credentialsOf(client)).toEqual([credential]);

    const jwt = await download(client, credential!);
    expect(await download(client, credential!)).toBe(jwt);
    const verified = await verifyIndependently(jwt, server.url);
    const vc = verified.verifiableCredential as unknown as Record<string, unknown> & { credentialSubject: { achievement: { name: string } } };
    expect(verified.issuer).toBe(`did:web:127.0.0.1%3A${new URL(server.url).port}`);
    expect(vc['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(vc.credentialSubject.achievement.name).toBe('Registerdirecteur Onderwijs (RDO)');
    expect(JSON.parse(Buffer.from(jwt.split('.')[0]!, 'base64url').toString())).toMatchObject({ alg: 'EdDSA' });

    await expect(verifyIndependently(changeOneByte(jwt, 1), server.url)).rejects.toThrow();
    await expect(verifyIndependently(changeOneByte(jwt, 2), server.url)).rejects.toThrow(/invalid_signature/);

    const anonymous = anonymousClient(server.url);
    const good = await anonymous.request<{ verifyCredential: Verification }>(VERIFY, { credential: jwt });
    expect(good.data!.verifyCredential).toEqual({ signatureValid: true, status: 'VALID', credentialId: credential!.id, registerNumber: expect.any(String), problem: null });
    const tampered = await anonymous.request<{ verifyCredential: Verification }>(VERIFY, { credential: changeOneByte(jwt, 2) });
    expect(tampered.data!.verifyCredential).toMatchObject({ signatureValid: false, credentialId: null, problem: expect.stringMatching(/^De handtekening klopt niet/) });
  });

  it('shows an expired registration as revoked: in the status list (decoded with plain zlib) and in the public verification', async () => {
    // Registered four years and a bit ago: the due date passed, the six CONDITIONAL months not yet.
    const { leader, registration } = await createLeader(database.dataSource, { lastName: 'Bakker', registration: { registeredOn: yearsAgo(4, 30) } });
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    const [credential] = await credentialsOf(client);
    expect(credential!.status).toBe('VALID');
    const jwt = await download(client, credential!);
    const { credentialStatus } = JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as {
      credentialStatus: { statusListIndex: string; statusListCredential: string; type: string };
    };
    expect(credentialStatus.type).toBe('BitstringStatusListEntry');
    const index = Number(credentialStatus.statusListIndex);
    const before = await fetch(credentialStatus.statusListCredential);
    expect(before.status).toBe(200);
    const listJwt = await before.text();
    expect(revokedBit(listJwt, index)).toBe(false);
    // The status list is signed the same way: the independent library verifies it too.
    await expect(verifyIndependently(listJwt, server.url)).resolves.toMatchObject({ issuer: expect.stringMatching(/^did:web:/) });
    const etag = before.headers.get('etag')!;
    expect((await fetch(credentialStatus.statusListCredential, { headers: { 'if-none-match': etag } })).status).toBe(304);

    // A year passes (both dates move back a year): due date + six months has passed, so the registration
    // expired. No job runs; the list is evaluated as of today.
    await database.dataSource.query(`UPDATE registration SET registered_on = $2, first_registered_on = $2 WHERE id = $1`, [registration!.id, yearsAgo(5)]);
    await database.dataSource.query(`UPDATE leader_credential SET period_starts_on = $2 WHERE id = $1`, [credential!.id, yearsAgo(5)]);
    const after = await fetch(credentialStatus.statusListCredential, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(revokedBit(await after.text(), index)).toBe(true);

    const byId = await anonymousClient(server.url).request<{ credentialVerification: Verification }>(BY_ID, { id: credential!.id });
    expect(byId.data!.credentialVerification).toMatchObject({ signatureValid: true, status: 'REVOKED', problem: expect.stringMatching(/registratie is verlopen/) });
    expect((await credentialsOf(client))[0]!.status).toBe('REVOKED');
  });

  it('gives a re-registration a new credential and revokes the old one (superseded)', async () => {
    const { leader, registration } = await createLeader(database.dataSource, { lastName: 'Jansen', registration: { registeredOn: yearsAgo(3) } });
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    const [first] = await credentialsOf(client);
    await database.dataSource.query(`INSERT INTO re_registration (registration_id, approved_on, route) VALUES ($1, $2, 'THEMES')`, [registration!.id, addDays(today, -1)]);
    const [second, old] = await credentialsOf(client);
    expect(second).toMatchObject({ status: 'VALID', validFrom: addDays(today, -1) });
    expect(old).toMatchObject({ id: first!.id, status: 'REVOKED', validUntil: addDays(today, -2) });
  });

  it('puts the verification page of the credential its decision opened on the approval letter (QR code)', async () => {
    const registeredOn = yearsAgo(1);
    const { leader } = await createLeader(database.dataSource, { lastName: 'Brief', registration: { registeredOn } });
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    const one = async (sql: string, values: unknown[]) => ((await database.dataSource.query(sql, values)) as { id: string }[])[0]!;
    const meeting = await one(`INSERT INTO committee_meeting (committee, meeting_date, location) VALUES ('REGISTRATION', $1, 'Utrecht') RETURNING id`, [registeredOn]);
    const application = await one(
      `INSERT INTO registration_application (leader_id, kind, status, leader_function, requested_title, qualification_route, claimed_level, meeting_id, submitted_at)
       VALUES ($1, 'INITIAL', 'APPROVED', 'DIRECTOR', 'RDO', 'NVAO_MASTER', 'MASTER', $2, now()) RETURNING id`,
      [leader.id, meeting.id],
    );
    const decision = await one(
      `INSERT INTO decision (application_id, meeting_id, outcome, granted_level, decided_by, decided_on) VALUES ($1, $2, 'APPROVED', 'MASTER', $3, $4) RETURNING id`,
      [application.id, meeting.id, client.accountId, registeredOn],
    );
    const letter = await database.dataSource.transaction((manager) =>
      writeLetter(manager, { leaderId: leader.id, kind: 'APPLICATION_APPROVED', subject: 'Uw aanvraag voor registratie is goedgekeurd', paragraphs: ['Goedgekeurd.'], relatedEntity: 'decision', relatedId: decision.id }),
    );

    const pdf = await fetch(`${server.url}/letters/${letter.id}.pdf`, { headers: { cookie: client.cookie } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    // Rendering the letter issued the credential (the leader never asked); the QR code leads to its page.
    const [credential, ...others] = await credentialsOf(client);
    expect(others).toHaveLength(0);
    const service = new CredentialService(database.dataSource, settings);
    expect(await service.letterVerificationUrl(letter)).toBe(credential!.verificationUrl);
    expect(await service.letterVerificationUrl({ ...letter, kind: 'DEFERRAL_DECISION' })).toBeNull();
  });

  it('only the leader it is about can download a credential', async () => {
    const owner = await leaderClient({ registeredOn: yearsAgo(2) }, 'Eigenaar');
    const other = await leaderClient({ registeredOn: yearsAgo(2) }, 'Ander');
    const [credential] = await credentialsOf(owner);
    const asOther = await fetch(`${server.url}${credential!.downloadUrl}`, { headers: { cookie: other.cookie } });
    expect(asOther.status).toBe(403);
    expect(await asOther.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    expect((await fetch(`${server.url}${credential!.downloadUrl}`)).status).toBe(401);
    expect((await fetch(`${server.url}/credentials/not-a-uuid.jwt`, { headers: { cookie: owner.cookie } })).status).toBe(404);
    const json = await fetch(`${server.url}/credentials/${credential!.id}.json`, { headers: { cookie: owner.cookie } });
    expect(await json.json()).toMatchObject({ type: 'EnvelopedVerifiableCredential', id: expect.stringMatching(/^data:application\/vc\+jwt,ey/) });
  });

  it('answers garbage and huge input clearly, never with an internal error', async () => {
    const anonymous = anonymousClient(server.url);
    for (const credential of ['', 'hallo', 'a.b.c', '{"type":"VerifiableCredential"}', 'eyJhbGciOiJub25lIn0.eyJqdGkiOiJ4In0.']) {
      const response = await anonymous.request<{ verifyCredential: Verification }>(VERIFY, { credential });
      expect(response.errors).toBeUndefined();
      expect(response.data!.verifyCredential).toMatchObject({ signatureValid: false, status: 'REVOKED', problem: expect.stringMatching(/^(Dit is geen credential|Dit credential is niet ondertekend)/) });
    }
    const huge = await anonymous.request(VERIFY, { credential: 'x'.repeat(20_000) });
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TEXT_TOO_LONG' });
    const unknown = await anonymous.request<{ credentialVerification: null }>(BY_ID, { id: 'niet-een-id' });
    expect(unknown.data!.credentialVerification).toBeNull();
    expect((await fetch(`${server.url}/credentials/status/999`)).status).toBe(404);
  });

  it('keeps verifying a credential signed with a key that was rotated out (retired keys stay in the DID document)', async () => {
    const oldKey = await generateSigningKey();
    const newKey = await generateSigningKey();
    const rotated: CredentialSettings = { siteUrl: 'http://placeholder', signingKeys: [oldKey] };
    const second = await startTestServer(database.dataSource, { credentials: rotated, rateLimits: false });
    rotated.siteUrl = second.url;
    try {
      const client = await leaderClient({ registeredOn: yearsAgo(1) }, 'Roteer', second.url);
      const [credential] = await credentialsOf(client);
      const jwt = await download(client, credential!, second.url);
      expect(JSON.parse(Buffer.from(jwt.split('.')[0]!, 'base64url').toString()).kid).toMatch(new RegExp(`#${oldKey.kid}$`));

      // Rotation: the new key first, the old one kept without its private part (verify only).
      const { d: _private, ...oldPublic } = oldKey;
      rotated.signingKeys = [newKey, oldPublic as SigningKeyJwk];
      const document = (await (await fetch(`${second.url}/.well-known/did.json`)).json()) as { verificationMethod: { id: string }[]; assertionMethod: string[] };
      expect(document.verificationMethod.map((method) => method.id.split('#')[1])).toEqual([newKey.kid, oldKey.kid]);
      await expect(verifyIndependently(jwt, second.url)).resolves.toMatchObject({ verified: true });
      const verification = await anonymousClient(second.url).request<{ verifyCredential: Verification }>(VERIFY, { credential: jwt });
      expect(verification.data!.verifyCredential).toMatchObject({ signatureValid: true, status: 'VALID' });

      // A compromised key is removed from the list: what it signed no longer verifies.
      rotated.signingKeys = [newKey];
      await expect(verifyIndependently(jwt, second.url)).rejects.toThrow();
      const refused = await anonymousClient(second.url).request<{ verifyCredential: Verification }>(VERIFY, { credential: jwt });
      expect(refused.data!.verifyCredential).toMatchObject({ signatureValid: false, problem: expect.stringMatching(/niet ondertekend met een sleutel/) });
    } finally {
      await second.stop();
    }
  });
});
