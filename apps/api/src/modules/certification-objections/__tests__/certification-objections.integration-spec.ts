import { addDays, addWeeks, addYears, todayInAmsterdam } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCertifiedOffering, createProvider, providerClient } from '../../../testing/offering-fixtures';
import { signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import { Certification, Offering } from '../../offerings/offering.entity';
import { CertificationObjection } from '../certification-objection.entity';

const FILE = `mutation ($id: ID!, $grounds: String!) { fileCertificationObjection(certificationId: $id, grounds: $grounds) { id version status } }`;
const DECIDE = `mutation ($id: ID!, $v: Int!, $upheld: Boolean!) { decideCertificationObjection(id: $id, version: $v, upheld: $upheld, reasons: "Thema 2 is wel aangetoond.") { status decidedOn } }`;

describe('objections against certification decisions', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  let owner: TestClient;
  let other: TestClient;
  const today = todayInAmsterdam(new Date());

  async function decision(decidedOn = addDays(today, -7)) {
    const providerId = (await database.dataSource.getRepository(Offering).findOneByOrFail({ title: 'Basis' })).providerId!;
    const { offering } = await createCertifiedOffering(database.dataSource, staff.accountId, { providerId, title: `Cursus ${Math.random()}`, validFrom: decidedOn, validUntil: addYears(decidedOn, 2), themeCodes: ['1'] });
    return database.dataSource.getRepository(Certification).findOneByOrFail({ offeringId: offering.id });
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    const provider = await createProvider(database.dataSource, 'Eigen Academie');
    const stranger = await createProvider(database.dataSource, 'Andere Academie');
    owner = await providerClient(database.dataSource, server.url, provider.id);
    other = await providerClient(database.dataSource, server.url, stranger.id);
    await createCertifiedOffering(database.dataSource, staff.accountId, { providerId: provider.id, title: 'Basis', validFrom: today, validUntil: addYears(today, 2), themeCodes: ['1'] });
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('lets the owner object within six weeks; upholding sends the offering back for a new decision', async () => {
    const certification = await decision();
    const filed = await owner.request<{ fileCertificationObjection: { id: string; version: number; status: string } }>(FILE, { id: certification.id, grounds: 'Thema 2 is ook aangetoond in het programma.' });
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.fileCertificationObjection.status).toBe('FILED');
    const again = await owner.request(FILE, { id: certification.id, grounds: 'Nogmaals hetzelfde bezwaar.' });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const { id, version } = filed.data!.fileCertificationObjection;
    expect((await owner.request(DECIDE, { id, v: version, upheld: true })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const decided = await staff.request<{ decideCertificationObjection: { status: string; decidedOn: string } }>(DECIDE, { id, v: version, upheld: true });
    expect(decided.data!.decideCertificationObjection).toEqual({ status: 'UPHELD', decidedOn: today });
    expect((await database.dataSource.getRepository(Offering).findOneByOrFail({ id: certification.offeringId })).status).toBe('SUBMITTED');
    expect((await staff.request(DECIDE, { id, v: version + 1, upheld: false })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses objections after six weeks, and from anyone but the owner', async () => {
    const late = await decision(addDays(addWeeks(today, -6), -1));
    const tooLate = await owner.request(FILE, { id: late.id, grounds: 'Te laat ingediend bezwaar.' });
    expect(tooLate.errors?.[0]?.extensions?.reason).toBe('OBJECTION_PERIOD_ENDED');
    const recent = await decision();
    expect((await other.request(FILE, { id: recent.id, grounds: 'Niet mijn aanbod maar toch.' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await database.dataSource.getRepository(CertificationObjection).countBy({ certificationId: recent.id })).toBe(0);
  });
});
