import { addDays, addYears, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardClient, createProvider, ensureSubthemes, providerClient } from '../../../testing/offering-fixtures';
import { createBoard } from '../../../testing/fixtures';
import { anonymousClient, signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import { AuditLogEntry } from '../../audit/audit-log.entity';

const OFFERING_FIELDS = `id version status title kind leadsToLevel ownerName claimedThemes { code } claimedSubthemes { code }
  certifications { outcome validFrom validUntil grounds themes { code } subthemes { code } }
  currentCertification { validFrom validUntil } executions { id startsOn location online }`;

interface OfferingResult {
  id: string;
  version: number;
  status: string;
  ownerName: string;
  leadsToLevel: string | null;
  claimedThemes: { code: string }[];
  claimedSubthemes: { code: string }[];
  certifications: { outcome: string; validFrom: string | null; validUntil: string | null; grounds: string | null; themes: { code: string }[]; subthemes: { code: string }[] }[];
  currentCertification: { validFrom: string; validUntil: string } | null;
  executions: { id: string; startsOn: string }[];
}

describe('providers, offerings and certification', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let providerA: TestClient;
  let providerB: TestClient;
  let board: TestClient;
  let staff: TestClient;
  const today = todayInAmsterdam(new Date());

  async function create(client: TestClient, input: Record<string, unknown>) {
    return client.request<{ createOffering: OfferingResult }>(`mutation ($input: OfferingInput!) { createOffering(input: $input) { ${OFFERING_FIELDS} } }`, { input });
  }
  const course = { title: 'Leiderschap in verandering', kind: 'COURSE', description: 'Driedaagse cursus', hours: 24, themeCodes: ['1', '6'], subthemeCodes: ['4.1', '4.2'] };

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    await ensureSubthemes(database.dataSource, '4', ['4.1', '4.2']);
    const a = await createProvider(database.dataSource, 'Academie Alfa');
    const b = await createProvider(database.dataSource, 'Bureau Beta');
    providerA = await providerClient(database.dataSource, server.url, a.id);
    providerB = await providerClient(database.dataSource, server.url, b.id);
    board = await boardClient(database.dataSource, server.url, (await createBoard(database.dataSource, 'Stichting Gamma')).id);
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('lets a provider draft and submit an offering, and staff certify part of the claim with the default period', async () => {
    const created = await create(providerA, course);
    expect(created.errors).toBeUndefined();
    const offering = created.data!.createOffering;
    expect(offering).toMatchObject({ status: 'DRAFT', ownerName: 'Academie Alfa', claimedThemes: [{ code: '1' }, { code: '6' }], claimedSubthemes: [{ code: '4.1' }, { code: '4.2' }] });

    const stale = await providerA.request(`mutation ($id: ID!) { submitOffering(id: $id, version: 99) { id } }`, { id: offering.id });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const submitted = await providerA.request<{ submitOffering: OfferingResult }>(`mutation ($id: ID!, $v: Int!) { submitOffering(id: $id, version: $v) { id version status } }`, { id: offering.id, v: offering.version });
    expect(submitted.data?.submitOffering.status).toBe('SUBMITTED');

    const queue = await staff.request<{ offeringsToCertify: { edges: { node: { id: string } }[] } }>(`{ offeringsToCertify(first: 100) { edges { node { id } } } }`);
    expect(queue.data?.offeringsToCertify.edges.map((edge) => edge.node.id)).toContain(offering.id);

    const outside = await staff.request(`mutation ($id: ID!, $v: Int!) { decideCertification(id: $id, version: $v, input: { outcome: CERTIFIED, themeCodes: ["2"] }) { id } }`, { id: offering.id, v: submitted.data!.submitOffering.version });
    expect(outside.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const decided = await staff.request<{ decideCertification: OfferingResult }>(
      `mutation ($id: ID!, $v: Int!) { decideCertification(id: $id, version: $v, input: { outcome: CERTIFIED, themeCodes: ["1"], subthemeCodes: ["4.1"] }) { ${OFFERING_FIELDS} } }`,
      { id: offering.id, v: submitted.data!.submitOffering.version },
    );
    expect(decided.errors).toBeUndefined();
    const result = decided.data!.decideCertification;
    expect(result.status).toBe('CERTIFIED');
    // Six years by default (the domain's certificationEnd): from today to the day before today + 6 years.
    expect(result.certifications[0]).toMatchObject({ outcome: 'CERTIFIED', validFrom: today, validUntil: addDays(addYears(today, 6), -1), themes: [{ code: '1' }], subthemes: [{ code: '4.1' }] });
    expect(result.currentCertification?.validFrom).toBe(today);
    const audit = await database.dataSource.getRepository(AuditLogEntry).findBy({ entity: 'certification', action: 'CERTIFY' });
    expect(audit).toHaveLength(1);
  });

  it('extends a certification when the offering is re-certified before the period ends, and records rejections with grounds', async () => {
    const offering = (await create(providerA, { ...course, title: 'Herhaalcursus' })).data!.createOffering;
    const submit = async (version: number) =>
      (await providerA.request<{ submitOffering: OfferingResult }>(`mutation ($id: ID!, $v: Int!) { submitOffering(id: $id, version: $v) { version } }`, { id: offering.id, v: version })).data!.submitOffering.version;
    const decide = (version: number, input: string) =>
      staff.request<{ decideCertification: OfferingResult }>(`mutation ($id: ID!, $v: Int!) { decideCertification(id: $id, version: $v, input: ${input}) { ${OFFERING_FIELDS} } }`, { id: offering.id, v: version });

    const noGrounds = await decide(await submit(offering.version), '{ outcome: REJECTED }');
    expect(noGrounds.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const rejected = await decide(offering.version + 1, '{ outcome: REJECTED, grounds: "Onvoldoende onderbouwing van thema 6." }');
    expect(rejected.data?.decideCertification).toMatchObject({ status: 'REJECTED', certifications: [{ outcome: 'REJECTED', grounds: 'Onvoldoende onderbouwing van thema 6.' }] });

    const first = await decide(await submit(rejected.data!.decideCertification.version), `{ outcome: CERTIFIED, validFrom: "${addYears(today, -5)}" }`);
    const firstEnd = first.data!.decideCertification.certifications[0]!.validUntil!;
    expect(firstEnd).toBe(addDays(addYears(today, 1), -1));
    const second = await decide(await submit(first.data!.decideCertification.version), '{ outcome: CERTIFIED }');
    expect(second.errors).toBeUndefined();
    const renewed = second.data!.decideCertification.certifications[0]!;
    expect(renewed.validFrom).toBe(addDays(firstEnd as CalendarDate, 1));
    expect(renewed.validUntil).toBe(addDays(addYears(addDays(firstEnd as CalendarDate, 1), 6), -1));
  });

  it('keeps learning goals, programme and price, locks the certified content while certified (price stays editable), and shows them in the public catalogue', async () => {
    const content = { ...course, title: 'Leerdoelencursus', learningGoals: 'U leidt een veranderproces.', programme: 'Drie dagen: visie, team, borging.', priceCents: 89500 };
    const offering = (await create(providerA, content)).data!.createOffering;
    const UPDATE = `mutation ($id: ID!, $v: Int!, $input: OfferingInput!) { updateOffering(id: $id, version: $v, input: $input) { version learningGoals programme priceCents } }`;
    type Updated = { updateOffering: { version: number; learningGoals: string; programme: string; priceCents: number | null } };
    // A draft is freely editable.
    const edited = await providerA.request<Updated>(UPDATE, { id: offering.id, v: offering.version, input: { ...content, programme: 'Vier dagen.' } });
    expect(edited.data?.updateOffering).toMatchObject({ learningGoals: content.learningGoals, programme: 'Vier dagen.', priceCents: 89500 });
    const badPrice = await providerA.request(UPDATE, { id: offering.id, v: edited.data!.updateOffering.version, input: { ...content, priceCents: -1 } });
    expect(badPrice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'priceCents' });

    const submitted = (await providerA.request<{ submitOffering: { version: number } }>(`mutation ($id: ID!, $v: Int!) { submitOffering(id: $id, version: $v) { version } }`, {
      id: offering.id, v: edited.data!.updateOffering.version,
    })).data!.submitOffering;
    const decided = (await staff.request<{ decideCertification: { version: number; contentLocked: boolean } }>(
      `mutation ($id: ID!, $v: Int!) { decideCertification(id: $id, version: $v, input: { outcome: CERTIFIED }) { version contentLocked } }`,
      { id: offering.id, v: submitted.version },
    )).data!.decideCertification;
    expect(decided.contentLocked).toBe(true);

    const certifiedInput = { ...content, programme: 'Vier dagen.' };
    for (const change of [{ learningGoals: 'Iets anders.' }, { title: 'Nieuwe titel' }, { themeCodes: ['1'] }, { hours: 30 }]) {
      const refused = await providerA.request(UPDATE, { id: offering.id, v: decided.version, input: { ...certifiedInput, ...change } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OFFERING_CONTENT_CERTIFIED' });
      expect(refused.errors?.[0]?.message).toMatch(/ligt vast/);
    }
    const repriced = await providerA.request<Updated>(UPDATE, { id: offering.id, v: decided.version, input: { ...certifiedInput, themeCodes: ['6', '1'], priceCents: 92500 } });
    expect(repriced.errors).toBeUndefined();
    expect(repriced.data?.updateOffering).toMatchObject({ priceCents: 92500, programme: 'Vier dagen.' });

    const catalogue = await anonymousClient(server.url).request<{ certifiedOfferings: { edges: { node: { title: string; learningGoals: string; programme: string; priceCents: number } }[] } }>(
      `{ certifiedOfferings(query: "Leerdoelencursus") { edges { node { title learningGoals programme priceCents } } } }`,
    );
    expect(catalogue.data?.certifiedOfferings.edges.map((edge) => edge.node)).toEqual([
      { title: 'Leerdoelencursus', learningGoals: content.learningGoals, programme: 'Vier dagen.', priceCents: 92500 },
    ]);
  });

  it('publishes executions only of offerings certified on the start date', async () => {
    const draft = (await create(providerA, { ...course, title: 'Niet gecertificeerd' })).data!.createOffering;
    const refused = await providerA.request(`mutation ($id: ID!) { publishExecution(offeringId: $id, input: { startsOn: "${today}", endsOn: "${today}", online: true }) { id } }`, { id: draft.id });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('OFFERING_NOT_CERTIFIED');

    const mine = (await providerA.request<{ myOfferings: { edges: { node: OfferingResult }[] } }>(`{ myOfferings(first: 10) { edges { node { ${OFFERING_FIELDS} } } } }`)).data!.myOfferings.edges.map((edge) => edge.node);
    const certified = mine.find((o) => o.currentCertification !== null)!;
    const noPlace = await providerA.request(`mutation ($id: ID!) { publishExecution(offeringId: $id, input: { startsOn: "${today}", endsOn: "${today}" }) { id } }`, { id: certified.id });
    expect(noPlace.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const published = await providerA.request<{ publishExecution: { id: string; location: string } }>(
      `mutation ($id: ID!) { publishExecution(offeringId: $id, input: { startsOn: "${today}", endsOn: "${addDays(today, 2)}", location: "Amersfoort", capacity: 16 }) { id location capacity } }`,
      { id: certified.id },
    );
    expect(published.data?.publishExecution.location).toBe('Amersfoort');
  });

  it('never lets another provider or a board read or change an offering, its executions or completions', async () => {
    const mine = (await providerA.request<{ myOfferings: { edges: { node: OfferingResult }[] } }>(`{ myOfferings(first: 10) { edges { node { ${OFFERING_FIELDS} } } } }`)).data!.myOfferings.edges.map((edge) => edge.node);
    const target = mine.find((o) => o.executions.length > 0)!;
    const executionId = target.executions[0]!.id;
    for (const intruder of [providerB, board]) {
      expect((await intruder.request<{ myOfferings: { edges: unknown[] } }>(`{ myOfferings { edges { node { id } } } }`)).data?.myOfferings.edges).toEqual([]);
      const attempts = [
        intruder.request(`query ($id: ID!) { offering(id: $id) { id title } }`, { id: target.id }),
        intruder.request(`mutation ($id: ID!, $v: Int!, $input: OfferingInput!) { updateOffering(id: $id, version: $v, input: $input) { id } }`, { id: target.id, v: target.version, input: course }),
        intruder.request(`mutation ($id: ID!, $v: Int!) { submitOffering(id: $id, version: $v) { id } }`, { id: target.id, v: target.version }),
        intruder.request(`mutation ($id: ID!) { publishExecution(offeringId: $id, input: { startsOn: "${today}", endsOn: "${today}", online: true }) { id } }`, { id: target.id }),
        intruder.request(`query ($id: ID!) { executionCompletions(executionId: $id) { edges { node { id } } } }`, { id: executionId }),
        intruder.request(`mutation ($id: ID!) { recordCompletions(executionId: $id, completions: [{ registerNumber: "100001", completedOn: "${today}" }]) { recorded } }`, { id: executionId }),
      ];
      for (const response of await Promise.all(attempts)) expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const csv = await fetch(`${server.url}/executions/${executionId}/completions.csv`, { method: 'POST', headers: { 'content-type': 'text/csv', cookie: intruder.cookie }, body: 'registernummer;datum\n100001;' + today });
      expect(csv.status).toBe(404);
    }
    const leader = await signedInClient(database.dataSource, server.url, [Role.LEADER]);
    expect((await leader.request(`mutation ($input: OfferingInput!) { createOffering(input: $input) { id } }`, { input: course })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await anonymousClient(server.url).request(`{ myOfferings { edges { node { id } } } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A board owns its own offerings the same way.
    const boardOffering = await create(board, { ...course, title: 'Bestuursacademie' });
    expect(boardOffering.data?.createOffering.ownerName).toBe('Stichting Gamma');
    expect((await providerA.request(`query ($id: ID!) { offering(id: $id) { id } }`, { id: boardOffering.data!.createOffering.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('validates input with Dutch messages', async () => {
    const noLevel = await create(providerA, { ...course, kind: 'BASIC_PROGRAMME' });
    expect(noLevel.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'leadsToLevel' } });
    expect(noLevel.errors?.[0]?.message).toMatch(/basisbekwaam of vakbekwaam/);
    const unknown = await create(providerA, { ...course, themeCodes: ['99'] });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const programme = await create(providerA, { ...course, kind: 'BASIC_PROGRAMME', leadsToLevel: 'BASISBEKWAAM' });
    expect(programme.data?.createOffering.leadsToLevel).toBe('BASISBEKWAAM');
  });
});
