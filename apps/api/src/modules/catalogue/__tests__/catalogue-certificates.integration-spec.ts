import { addDays, addMonths, addYears, todayInAmsterdam } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeader } from '../../../testing/fixtures';
import { createCertifiedOffering, createProvider } from '../../../testing/offering-fixtures';
import { anonymousClient, signedInClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { uploadDocument } from '../../../testing/documents';
import { Role } from '../../accounts/role';
import { OfferingExecution } from '../../offerings/offering.entity';

describe('what a leader needs to submit a certificate', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const today = todayInAmsterdam(new Date());

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('lists executions of the past year beside upcoming ones, and names the offering of a certificate', async () => {
    const staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    const provider = await createProvider(database.dataSource, 'Academie Verleden');
    const { offering, execution } = await createCertifiedOffering(database.dataSource, staff.accountId, {
      providerId: provider.id, title: 'Leiderschap in de praktijk', validFrom: addYears(today, -2), validUntil: addYears(today, 2), themeCodes: ['1'],
    });
    await database.dataSource.getRepository(OfferingExecution).update({ id: execution.id }, { startsOn: addMonths(today, -2), endsOn: addMonths(today, -1) });
    const upcoming = await database.dataSource.getRepository(OfferingExecution).save({
      offeringId: offering.id, startsOn: addDays(today, 10), endsOn: addDays(today, 11), location: null, online: true, capacity: 30,
    } as OfferingExecution);

    const catalogue = await anonymousClient(server.url).request<{ certifiedOfferings: { edges: { node: { title: string; upcomingExecutions: { id: string }[]; recentExecutions: { id: string }[] } }[] } }>(
      `{ certifiedOfferings(query: "praktijk") { edges { node { title upcomingExecutions { id } recentExecutions { id } } } } }`,
    );
    const node = catalogue.data!.certifiedOfferings.edges[0]!.node;
    expect(node.upcomingExecutions.map((item) => item.id)).toEqual([upcoming.id]);
    expect(node.recentExecutions.map((item) => item.id)).toEqual([execution.id]);

    const { leader } = await createLeader(database.dataSource, { registration: { registeredOn: addYears(today, -1) } });
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    const documentId = await uploadDocument(server.url, client.cookie);
    const submitted = await client.request(`mutation ($e: ID!, $d: Date!, $f: ID!) { submitCertificate(executionId: $e, completedOn: $d, documentId: $f) { id } }`, {
      e: execution.id,
      d: addMonths(today, -1),
      f: documentId,
    });
    expect(submitted.errors).toBeUndefined();
    const mine = await client.request<{ myCompletions: { edges: { node: { offeringTitle: string; ownerName: string } }[] } }>(`{ myCompletions { edges { node { offeringTitle ownerName } } } }`);
    expect(mine.data!.myCompletions.edges.map((edge) => edge.node)).toEqual([{ offeringTitle: 'Leiderschap in de praktijk', ownerName: 'Academie Verleden' }]);
  });
});
