import { todayInAmsterdam } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { Account } from '../../../modules/accounts/account.entity';
import { CatalogueService } from '../../../modules/catalogue/catalogue.service';
import { Completion } from '../../../modules/completions/completion.entity';
import { PublicRegisterService } from '../../../modules/public-register/public-register.service';
import { AssessorOrganisationService } from '../../../modules/assessor-organisations/assessor-organisation.service';
import { AssessorOrganisation } from '../../../modules/assessor-organisations/assessor-organisation.entity';
import { DEMO_ASSESSOR_EMAILS, DEMO_ASSESSOR_ORGANISATION } from '../demo-assessors';
import { seedDemoData } from '../demo-seed';
import { demoLegacyPopulation } from '../demo-legacy-population';
import { DEMO_PEER_SESSION } from '../demo-peer-validation';
import { PeerSession } from '../../../modules/peer-validation/peer-validation.entity';

describe('demo seed: providers and the old register', () => {
  let database: TestDatabase;
  const today = todayInAmsterdam(new Date());

  beforeAll(async () => {
    database = await createTestDatabase();
    expect(await seedDemoData(database.dataSource, today)).toBe(true);
  }, 120_000);

  afterAll(async () => {
    await database?.drop();
  });

  it('links the provider demo account, lists certified offerings for several themes and credits demo leaders', async () => {
    const account = await database.dataSource.getRepository(Account).findOneByOrFail({ email: 'aanbieder@demo.srpo.nl' });
    expect(account.providerId).not.toBeNull();
    const catalogue = await new CatalogueService(database.dataSource).certifiedOfferings({ first: 100 }, today);
    expect(catalogue.totalCount).toBeGreaterThanOrEqual(6);
    const themes = new Set(catalogue.edges.flatMap((edge) => edge.node.themes.map((theme) => theme.code)));
    expect(themes.size).toBeGreaterThanOrEqual(5);
    expect(catalogue.edges.some((edge) => edge.node.upcomingExecutions.length > 0)).toBe(true);

    const completions = await database.dataSource.getRepository(Completion).find();
    expect(completions.length).toBeGreaterThan(30);
    const numbers = (await database.dataSource.query(`SELECT DISTINCT l.register_number FROM school_leader l JOIN completion c ON c.leader_id = l.id`)) as { register_number: string }[];
    const entries = await new PublicRegisterService(database.dataSource).findByRegisterNumbers(numbers.slice(0, 100).map((row) => row.register_number), today, today);
    expect(entries.some((entry) => (entry?.completedThemes.length ?? 0) > 0)).toBe(true);
  });

  it('takes over the old register since 2014 through the legacy import, shown in the public register beside the demo leaders', async () => {
    const population = demoLegacyPopulation(today);
    const query = <T>(sql: string) => database.dataSource.query(sql) as Promise<T[]>;
    const [imported] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM legacy_record WHERE entity = 'school_leader'`);
    expect(imported!.n).toBe(population.leaders.length);
    const years = await query<{ year: number }>(
      `SELECT DISTINCT extract(year FROM r.registered_on)::int AS year FROM registration r JOIN legacy_record x ON x.entity = 'registration' AND x.entity_id = r.id ORDER BY 1`,
    );
    // Every year from 2014 (this year too, once its first committee has met).
    const thisYear = Number(today.slice(0, 4));
    expect(years.map((row) => row.year)).toEqual(expect.arrayContaining(Array.from({ length: thisYear - 2014 }, (_, index) => 2014 + index)));
    expect(years.at(-1)!.year).toBeLessThanOrEqual(thisYear);
    const themes = await query<{ code: string }>(
      `SELECT t.code FROM completion c JOIN offering_execution e ON e.id = c.execution_id JOIN offering_claim oc ON oc.offering_id = e.offering_id JOIN theme t ON t.id = oc.theme_id
        JOIN legacy_record x ON x.entity = 'completion' AND x.entity_id = c.id
       UNION SELECT t.code FROM informal_validation v JOIN theme t ON t.id = v.theme_id WHERE v.method = 'LEGACY' ORDER BY 1`,
    );
    expect(themes.map((row) => row.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);

    const registered = population.leaders.filter((leader) => leader.registration && leader.registration.deregisteredOn === null).slice(0, 100);
    const entries = await new PublicRegisterService(database.dataSource).findByRegisterNumbers(registered.map((leader) => leader.registerNumber), today, today);
    expect(entries.map((entry) => entry?.title)).toEqual(registered.map((leader) => leader.registration!.title));
    const statuses = await query<{ status: string }>(
      `SELECT DISTINCT r.status FROM registration r JOIN legacy_record x ON x.entity = 'registration' AND x.entity_id = r.id ORDER BY 1`,
    );
    expect(statuses.map((row) => row.status)).toEqual(['ACTIVE', 'CONDITIONAL', 'DEREGISTERED', 'EXPIRED']);
  });

  it('certifies one assessor organisation with both demo assessors and keeps one whose certification ended', async () => {
    const assessors = await database.dataSource.getRepository(Account).findBy(DEMO_ASSESSOR_EMAILS.map((email) => ({ email })));
    const staff = await database.dataSource.getRepository(Account).findOneByOrFail({ email: 'medewerker@demo.srpo.nl' });
    const service = new AssessorOrganisationService(database.dataSource, staff);
    const certified = await service.certifiedOn(today);
    expect(certified.map((organisation) => organisation.name)).toEqual([DEMO_ASSESSOR_ORGANISATION]);
    expect(certified[0]).toMatchObject({ feeOneOffCents: 4000, feePerThemeCents: 45000, feePerInterviewCents: 50000, feeResubmissionCents: 20000 });
    expect(assessors.map((account) => account.assessorOrganisationId)).toEqual([certified[0]!.id, certified[0]!.id]);
    expect((await service.assessorsOf(certified[0]!.id)).map((assessor) => assessor.id).sort()).toEqual(assessors.map((account) => account.id).sort());
    expect(await database.dataSource.getRepository(AssessorOrganisation).count()).toBe(2);
  });

  it('credits the demo leader with a peer validation of the wildcard in the current period, shown as informal', async () => {
    const [leader] = (await database.dataSource.query(
      `SELECT l.register_number FROM school_leader l JOIN account a ON a.id = l.account_id
         JOIN informal_validation v ON v.leader_id = l.id AND v.method = 'PEER_VALIDATION'
        WHERE a.email = 'schoolleider@demo.srpo.nl'`,
    )) as { register_number: string }[];
    const entry = await new PublicRegisterService(database.dataSource).findByRegisterNumber(leader!.register_number, today, today);
    expect(entry?.completedThemes).toContainEqual(expect.objectContaining({ theme: expect.objectContaining({ code: '8' }), route: 'INFORMAL' }));
  });

  it('publishes one upcoming peer-validation session facilitated by the staff demo account', async () => {
    const staff = await database.dataSource.getRepository(Account).findOneByOrFail({ email: 'medewerker@demo.srpo.nl' });
    const sessions = await database.dataSource.getRepository(PeerSession).find();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ facilitatorAccountId: staff.id, state: 'PUBLISHED', capacity: DEMO_PEER_SESSION.capacity });
    expect(sessions[0]!.startsAt.getTime()).toBeGreaterThan(Date.now());
  });
});
