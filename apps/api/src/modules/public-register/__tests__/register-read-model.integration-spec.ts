import { addDays, addYears, statusOn, todayInAmsterdam, type CalendarDate, type EligibilityGrant } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDailyRegistrationJob } from '../../../jobs/daily-registration.job';
import { createBoard, createLeader } from '../../../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import type { Account } from '../../accounts/account.entity';
import { deregister } from '../../registrations/deregistration.service';
import { RegistrationDeferral } from '../../registrations/registration-history.entity';
import { loadRegistrationHistory } from '../../registrations/registration.loaders';
import { toRegistrationFacts } from '../../registrations/registration.facts';
import { Registration } from '../../registrations/registration.entity';
import { RegistrationStatusService } from '../../registrations/registration-status.service';
import { reRegisterFromDecision } from '../../registrations/re-registration.service';
import { registerFromDecision } from '../../registrations/registration.service';
import { cachedThemeCatalogue, THEME_CATALOGUE_VERSION_SQL } from '../../theme-progress/theme-evidence';

const ENTRY = `query ($number: String!, $asOf: Date) { publicRegistration(registerNumber: $number, asOf: $asOf) { status reRegistrationDue title } }`;
const SEARCH = `query ($status: [RegistrationStatus!], $query: String) {
  searchRegister(status: $status, query: $query, first: 100) { totalCount edges { node { registerNumber status } } }
}`;
const LOOKUP = `query ($number: String!, $asOf: Date) { publicRegistrationLookup(registerNumber: $number, asOf: $asOf) { outcome registration { status } } }`;

/**
 * The read model behind `searchRegister` (register_entry, register_count) must agree with the
 * domain's statusOn after every change of the facts, and before and after the daily job.
 */
describe('public register read model', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const today = todayInAmsterdam(new Date());
  const grant: EligibilityGrant = { title: 'RDO', level: 'VAKBEKWAAM', aspirant: false, aspirantUntil: null, requiredLevel: 'VAKBEKWAAM' };
  let staff: Account;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource, { rateLimits: false });
    const [account] = (await database.dataSource.query(
      `INSERT INTO account (email, display_name, password_hash, roles) VALUES ('staf@example.nl', 'Staf', 'x', '{STAFF}') RETURNING id`,
    )) as { id: string }[];
    staff = { id: account!.id } as Account;
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  /** A registered leader (registered by a committee decision on `decidedOn`) with a unique surname for searching. */
  async function registered(surname: string, decidedOn: CalendarDate) {
    const board = await createBoard(database.dataSource, `Stichting ${surname}`);
    const { leader } = await createLeader(database.dataSource, { firstName: 'Test', lastName: surname, board });
    const registration = await database.dataSource.transaction((manager) => registerFromDecision(manager, leader.id, null, grant, decidedOn, today));
    return { leader, registration };
  }

  async function domainStatus(registrationId: string, on: CalendarDate) {
    const stored = await database.dataSource.getRepository(Registration).findBy({ id: registrationId });
    const [history] = await loadRegistrationHistory(database.dataSource, stored);
    return statusOn(toRegistrationFacts(history!), on);
  }

  async function entryStatus(number: string, asOf?: CalendarDate) {
    const response = await server.graphql<{ publicRegistration: { status: string; reRegistrationDue: string } | null }>(ENTRY, { number, asOf });
    expect(response.errors).toBeUndefined();
    return response.data!.publicRegistration;
  }

  /** The statuses under which `searchRegister` finds the register number (searching by its surname). */
  async function foundUnder(surname: string, number: string): Promise<string[]> {
    const found: string[] = [];
    for (const status of ['ACTIVE', 'CONDITIONAL', 'EXPIRED', 'DEREGISTERED']) {
      const response = await server.graphql<{ searchRegister: { edges: { node: { registerNumber: string; status: string } }[] } }>(SEARCH, {
        status: [status],
        query: surname,
      });
      expect(response.errors).toBeUndefined();
      for (const { node } of response.data!.searchRegister.edges) {
        if (node.registerNumber === number) {
          expect(node.status).toBe(status);
          found.push(status);
        }
      }
    }
    return found;
  }

  async function totalCount(status: string): Promise<number> {
    const response = await server.graphql<{ searchRegister: { totalCount: number } }>(SEARCH, { status: [status] });
    return response.data!.searchRegister.totalCount;
  }

  async function expectAgreement(surname: string, number: string, registrationId: string) {
    const expected = await domainStatus(registrationId, today);
    expect((await entryStatus(number))?.status).toBe(expected);
    expect(await foundUnder(surname, number)).toEqual([expected]);
  }

  it('agrees with statusOn after a registration decision and a re-registration', async () => {
    const conditionalBefore = await totalCount('CONDITIONAL');
    const { leader, registration } = await registered('Overdue', addDays(addYears(today, -4), -10));
    await expectAgreement('Overdue', leader.registerNumber, registration.id);
    expect(await domainStatus(registration.id, today)).toBe('CONDITIONAL');
    expect(await totalCount('CONDITIONAL')).toBe(conditionalBefore + 1);

    const activeBefore = await totalCount('ACTIVE');
    await database.dataSource.transaction((manager) =>
      reRegisterFromDecision(manager, registration, { route: 'THEMES', title: 'RDO', level: 'VAKBEKWAAM' }, today, today),
    );
    expect(await domainStatus(registration.id, today)).toBe('ACTIVE');
    await expectAgreement('Overdue', leader.registerNumber, registration.id);
    expect(await totalCount('CONDITIONAL')).toBe(conditionalBefore);
    expect(await totalCount('ACTIVE')).toBe(activeBefore + 1);
    // A past date is answered from the facts, not from the read model.
    const past = addYears(today, -1);
    expect((await entryStatus(leader.registerNumber, past))?.status).toBe(await domainStatus(registration.id, past));
  });

  it('agrees with statusOn after a deferral and a deregistration', async () => {
    const { leader, registration } = await registered('Uitstel', addDays(addYears(today, -4), -3));
    expect(await foundUnder('Uitstel', leader.registerNumber)).toEqual(['CONDITIONAL']);
    // A granted deferral (as the deferral service records it) moves the due date: ACTIVE again.
    await database.dataSource.transaction(async (manager) => {
      await manager.getRepository(RegistrationDeferral).insert({ registrationId: registration.id, grantedOn: today, newDueDate: addDays(today, 200) });
      await new RegistrationStatusService(manager).refresh([registration], today);
    });
    await expectAgreement('Uitstel', leader.registerNumber, registration.id);
    expect(await entryStatus(leader.registerNumber)).toMatchObject({ status: 'ACTIVE', reRegistrationDue: addDays(today, 200) });

    const current = await database.dataSource.getRepository(Registration).findOneByOrFail({ id: registration.id });
    await deregister(database.dataSource, staff, today, { registrationId: registration.id, version: current.version, on: today, reason: 'Met pensioen' });
    await expectAgreement('Uitstel', leader.registerNumber, registration.id);
    expect(await foundUnder('Uitstel', leader.registerNumber)).toEqual(['DEREGISTERED']);
  });

  it('filters on today’s status before the daily job ran, and the job then records the change', async () => {
    // Due today: as computed yesterday the entry is ACTIVE; today it is CONDITIONAL.
    const { leader, registration } = await registered('Vandaag', addYears(today, -4));
    await new RegistrationStatusService(database.dataSource).refresh([registration], addDays(today, -1));
    const [stored] = (await database.dataSource.query(`SELECT status, valid_until::text FROM register_entry WHERE leader_id = $1`, [leader.id])) as {
      status: string;
      valid_until: string;
    }[];
    expect(stored).toEqual({ status: 'ACTIVE', valid_until: today });

    await expectAgreement('Vandaag', leader.registerNumber, registration.id);
    expect(await foundUnder('Vandaag', leader.registerNumber)).toEqual(['CONDITIONAL']);

    const result = await runDailyRegistrationJob(database.dataSource, today);
    expect(result.statusChanges).toContainEqual(expect.objectContaining({ registrationId: registration.id, from: 'ACTIVE', to: 'CONDITIONAL' }));
    await expectAgreement('Vandaag', leader.registerNumber, registration.id);
  });

  it('filters and counts on today’s status when a due date is moved into the past by data, before any daily job', async () => {
    const { leader, registration } = await registered('Verschoven', addYears(today, -1));
    expect(await foundUnder('Verschoven', leader.registerNumber)).toEqual(['ACTIVE']);
    const [active, conditional] = [await totalCount('ACTIVE'), await totalCount('CONDITIONAL')];

    // A correction straight in the data (no service, no refresh): registered 4 years and 10 days ago, so the due date has passed.
    const registeredOn = addDays(addYears(today, -4), -10);
    await database.dataSource.query(`UPDATE registration SET registered_on = $2, first_registered_on = $2 WHERE id = $1`, [registration.id, registeredOn]);
    await database.dataSource.query(`UPDATE registration_title_change SET effective_on = $2 WHERE registration_id = $1`, [registration.id, registeredOn]);
    expect(await domainStatus(registration.id, today)).toBe('CONDITIONAL');

    await expectAgreement('Verschoven', leader.registerNumber, registration.id);
    expect(await foundUnder('Verschoven', leader.registerNumber)).toEqual(['CONDITIONAL']);
    expect([await totalCount('ACTIVE'), await totalCount('CONDITIONAL')]).toEqual([active - 1, conditional + 1]);
    // The daily job sees the change too (the stored status was marked stale): it records it and writes the letter.
    const result = await runDailyRegistrationJob(database.dataSource, today);
    expect(result.statusChanges).toContainEqual(expect.objectContaining({ registrationId: registration.id, from: 'ACTIVE', to: 'CONDITIONAL' }));
  });

  it('finds an entry from the day its registration starts, before the daily job ran', async () => {
    const active = await totalCount('ACTIVE');
    // Registered today, last computed yesterday (when it was not in the register yet).
    const { leader, registration } = await registered('Beginner', today);
    await new RegistrationStatusService(database.dataSource).refresh([registration], addDays(today, -1));
    expect(await database.dataSource.query(`SELECT 1 FROM register_entry WHERE leader_id = $1`, [leader.id])).toEqual([]);

    expect(await foundUnder('Beginner', leader.registerNumber)).toEqual(['ACTIVE']);
    expect(await totalCount('ACTIVE')).toBe(active + 1);
  });

  it('tells an unknown register number from one not registered on a date', async () => {
    const { leader } = await registered('Opzoek', addYears(today, -1));
    const lookup = async (number: string, asOf?: CalendarDate) =>
      (await server.graphql<{ publicRegistrationLookup: { outcome: string; registration: { status: string } | null } }>(LOOKUP, { number, asOf })).data!
        .publicRegistrationLookup;
    expect(await lookup(leader.registerNumber)).toEqual({ outcome: 'REGISTERED', registration: { status: 'ACTIVE' } });
    expect(await lookup(leader.registerNumber, addYears(today, -2))).toEqual({ outcome: 'NOT_REGISTERED_ON_DATE', registration: null });
    expect(await lookup('000000')).toEqual({ outcome: 'UNKNOWN_REGISTER_NUMBER', registration: null });
  });

  it('reloads the cached catalogue when a theme or a certification changes', async () => {
    const version = async () => ((await database.dataSource.query(`SELECT ${THEME_CATALOGUE_VERSION_SQL} AS v`)) as { v: string }[])[0]!.v;
    const before = await version();
    const catalogue = await cachedThemeCatalogue(database.dataSource, before);
    expect(await cachedThemeCatalogue(database.dataSource, before)).toBe(catalogue);
    const code = catalogue.themes[0]!.code;
    await database.dataSource.query(`UPDATE theme SET name = 'Hernoemd thema', version = version + 1, updated_at = now() WHERE code = $1`, [code]);
    const after = await version();
    expect(after).not.toBe(before);
    const reloaded = await cachedThemeCatalogue(database.dataSource, after);
    expect(reloaded.themes.find((theme) => theme.code === code)?.name).toBe('Hernoemd thema');
    // Certifications and their scope (what completions credit) move the same version.
    await database.dataSource.query(`DELETE FROM certification_scope WHERE false`);
    expect(await version()).not.toBe(after);
  });
});
