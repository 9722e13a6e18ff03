import type { CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../http/errors';
import { createLeader } from '../../../testing/fixtures';
import { anonymousClient, signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import { anonymiseLeader } from '../anonymise-leader';
import { exportLeaderData } from '../personal-data-export';
import { refreshThemeCompletions } from '../../register-statistics/theme-completion-projection';
import { runRetention } from '../retention.job';
import { leaderWithEveryKindOfData } from './personal-data-fixture';

let db: TestDatabase;
let server: Awaited<ReturnType<typeof startTestServer>>;
let staff: TestClient;
let anonymous: TestClient;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db.dataSource, { rateLimits: false });
  staff = await signedInClient(db.dataSource, server.url, [Role.STAFF]);
  anonymous = anonymousClient(server.url);
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const STATISTICS = `query ($asOf: Date) { registerStatistics(asOf: $asOf) {
  asOf registeredLeaders enrolledLeaders enrolledBoards reRegisteredLeaders
  leadersWithFormalThemeCompletion leadersWithInformalThemeCompletion
  byStatus { status count } byTitle { title aspirant count }
  initialDeferrals { requested granted } reRegistrationDeferrals { requested granted }
  themeCompletions { formal informal } registrationsPerMonth(months: 100) { month registered registeredTotal } } }`;
const SEARCH = `query ($q: String) { searchRegister(query: $q, first: 10) { totalCount nodes { registerNumber displayName } } }`;
const STAFF_SEARCH = `query ($q: String) { searchLeaders(query: $q, first: 10) { totalCount nodes { id displayName } } }`;
const ENTRY = `query ($n: String!) { publicRegistration(registerNumber: $n) { registerNumber displayName } }`;
const ENTRY_ON = `query ($n: String!, $asOf: Date) { publicRegistration(registerNumber: $n, asOf: $asOf) { registerNumber displayName } }`;
const ERASURE_REQUEST = '5a1d3c9e-0000-4000-8000-00000000e7a5';
const DATES = ['2012-06-01', '2015-12-31', '2016-01-01', '2021-03-01', '2022-07-01', '2025-03-01', '2026-01-01'];

/** The figures on each date, one after the other, with the theme projection settled first (the fixture's rows mark it pending). */
async function statistics(): Promise<unknown[]> {
  await refreshThemeCompletions(db.dataSource);
  const figures: unknown[] = [];
  for (const asOf of DATES) figures.push((await anonymous.request(STATISTICS, { asOf })).data);
  return figures;
}

describe('anonymiseLeader', () => {
  it('leaves statistics for earlier dates exactly as they were, while nobody finds the leader by name any more (granted erasure request)', async () => {
    const { leaderId, staffId } = await leaderWithEveryKindOfData(db.dataSource, { lastName: 'Vergeetmij' });
    const { leader: bystander } = await createLeader(db.dataSource, { lastName: 'Blijfstaan', registration: { registeredOn: '2019-01-01' as CalendarDate } });
    const [{ register_number: registerNumber }] = (await db.dataSource.query(`SELECT register_number FROM school_leader WHERE id = $1`, [leaderId])) as [
      { register_number: string },
    ];
    expect((await anonymous.request(SEARCH, { q: 'Vergeetmij' })).data).toMatchObject({ searchRegister: { totalCount: 1 } });
    expect((await staff.request(STAFF_SEARCH, { q: 'Vergeetmij' })).data).toMatchObject({ searchLeaders: { totalCount: 1 } });
    expect((await anonymous.request(ENTRY, { n: registerNumber })).data).toMatchObject({ publicRegistration: { registerNumber } });
    const before = await statistics();
    const themesBefore = (await db.dataSource.query(`SELECT count(*)::int AS n FROM leader_theme_completion WHERE leader_id = $1`, [leaderId])) as [{ n: number }];

    // The letter on the erasure request, still in the outbox: it goes out first.
    const [letter] = (await db.dataSource.query(
      `INSERT INTO letter (leader_id, kind, subject, body, dated_on) VALUES ($1, 'DATA_REQUEST_DECISION', 'Uw verzoek', 'Beste Marieke, uw gegevens worden verwijderd', '2026-01-05') RETURNING id`,
      [leaderId],
    )) as [{ id: string }];
    await db.dataSource.query(`INSERT INTO email_outbox (to_address, subject, text_body, letter_id) VALUES ('leider@example.nl', 'Uw verzoek', 'Zie de brief', $1)`, [letter.id]);

    const result = await anonymiseLeader(db.dataSource.manager, leaderId, { accountId: staffId }, { erasureRequestId: ERASURE_REQUEST });
    expect(result.anonymised).toBe(true);
    const inFlight = async () => (await db.dataSource.query(`SELECT l.id FROM letter l JOIN email_outbox o ON o.letter_id = l.id WHERE l.leader_id = $1`, [leaderId])) as unknown[];
    expect(await inFlight()).toEqual([{ id: letter.id }]);
    await db.dataSource.query(`UPDATE email_outbox SET status = 'SENT', sent_at = now() WHERE letter_id = $1`, [letter.id]);
    await runRetention(db.dataSource, '2026-01-06' as CalendarDate, { retention: { years: 7 } });
    expect(await inFlight()).toEqual([]);

    expect(await statistics()).toEqual(before);
    expect((await anonymous.request(SEARCH, { q: 'Vergeetmij' })).data).toMatchObject({ searchRegister: { totalCount: 0 } });
    expect((await anonymous.request(SEARCH, { q: 'Marieke' })).data).toMatchObject({ searchRegister: { totalCount: 0 } });
    expect((await staff.request(STAFF_SEARCH, { q: 'Vergeetmij' })).data).toMatchObject({ searchLeaders: { totalCount: 0 } });
    expect((await staff.request(STAFF_SEARCH, { q: 'Marieke' })).data).toMatchObject({ searchLeaders: { totalCount: 0 } });
    expect((await anonymous.request(ENTRY, { n: registerNumber })).data).toEqual({ publicRegistration: null });
    // Not under the new number either, on no earlier date.
    const [{ register_number: newNumber }] = (await db.dataSource.query(`SELECT register_number FROM school_leader WHERE id = $1`, [leaderId])) as [
      { register_number: string },
    ];
    for (const asOf of ['2022-07-01', '2025-03-01']) {
      expect((await anonymous.request(ENTRY_ON, { n: newNumber, asOf })).data, asOf).toEqual({ publicRegistration: null });
    }
    // Someone else's entry is untouched.
    expect((await anonymous.request(SEARCH, { q: 'Blijfstaan' })).data).toMatchObject({ searchRegister: { totalCount: 1 } });
    expect(bystander.id).not.toBe(leaderId);

    // Nothing of the catalogue's personal values is left: no name, e-mail, texts or files.
    const left = JSON.stringify(await exportLeaderData(db.dataSource.manager, leaderId));
    for (const value of ['Vergeetmij', 'Marieke', 'Zwaluw', '@example.nl', 'Mijn toelichting', 'Het diploma ontbreekt', 'Langdurig ziek', 'verkeerd gespeld', 'diploma-master.pdf', 'Beste Marieke', 'scherpe vragen', registerNumber]) {
      expect(left, value).not.toContain(value);
    }
    const [counts] = (await db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM register_timeline WHERE leader_id = $1) AS timeline,
              (SELECT count(*)::int FROM leader_theme_completion WHERE leader_id = $1) AS themes,
              (SELECT count(*)::int FROM register_entry WHERE leader_id = $1) AS entries,
              (SELECT count(*)::int FROM session s JOIN account a ON a.id = s.account_id WHERE a.id = (SELECT account_id FROM school_leader WHERE id = $1)) AS sessions,
              (SELECT count(*)::int FROM letter WHERE leader_id = $1) AS letters`,
      [leaderId],
    )) as Record<string, number>[];
    expect(counts).toEqual({ timeline: expect.any(Number), themes: themesBefore[0].n, entries: 0, sessions: 0, letters: 0 });
    expect(counts!.timeline).toBeGreaterThan(0);

    // Audited with references only; a second call changes nothing.
    const audits = (await db.dataSource.query(`SELECT actor_account_id, entity, entity_id, leader_id, before, after FROM audit_log WHERE action = 'PERSONAL_DATA_ANONYMISED'`)) as unknown[];
    expect(audits).toEqual([{ actor_account_id: staffId, entity: 'data_request', entity_id: ERASURE_REQUEST, leader_id: leaderId, before: null, after: null }]);
    expect((await anonymiseLeader(db.dataSource.manager, leaderId, { accountId: staffId })).anonymised).toBe(false);
  });

  it('refuses in Dutch before deregistration and before the retention period has passed, changing nothing', async () => {
    const { leader: active } = await createLeader(db.dataSource, { lastName: 'Actief', registration: { registeredOn: '2020-01-01' as CalendarDate } });
    const refusal = await anonymiseLeader(db.dataSource.manager, active.id, { accountId: null }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ANONYMISATION_NOT_DEREGISTERED' });

    const { leader: recent } = await createLeader(db.dataSource, {
      lastName: 'Recent',
      registration: { registeredOn: '2015-01-01' as CalendarDate, deregisteredOn: '2024-05-01' as CalendarDate },
    });
    const early = (await anonymiseLeader(db.dataSource.manager, recent.id, { accountId: null }, { today: '2031-04-30' as CalendarDate }).catch((error: unknown) => error)) as AppError;
    expect(early.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ANONYMISATION_RETENTION_NOT_PASSED' });
    expect(early.message).toBe('De bewaartermijn loopt nog tot 1 mei 2031; pas daarna worden de gegevens geanonimiseerd.');
    const names = (await db.dataSource.query(`SELECT last_name FROM school_leader WHERE id = ANY($1::uuid[]) ORDER BY last_name`, [[active.id, recent.id]])) as unknown[];
    expect(names).toEqual([{ last_name: 'Actief' }, { last_name: 'Recent' }]);
  });
});

describe('the retention job', () => {
  it('anonymises only deregistered leaders past the retention period, and deletes old e-mails and import files', async () => {
    const deregistered = async (lastName: string, deregisteredOn: string) =>
      (await createLeader(db.dataSource, { lastName, registration: { registeredOn: '2010-01-01' as CalendarDate, deregisteredOn: deregisteredOn as CalendarDate } })).leader.id;
    const past = await deregistered('Langgeleden', '2030-06-30');
    const onTheDay = await deregistered('Precies', '2030-07-01');
    const recent = await deregistered('Kortgeleden', '2030-07-02');
    const { leader: active } = await createLeader(db.dataSource, { lastName: 'Nogactief', registration: { registeredOn: '2010-01-01' as CalendarDate } });
    await db.dataSource.query(
      `INSERT INTO email_outbox (to_address, subject, text_body, status, sent_at, created_at) VALUES
         ('oud@example.nl', 'Oud', 'Tekst', 'SENT', '2036-06-30', '2036-06-30'), ('nieuw@example.nl', 'Nieuw', 'Tekst', 'SENT', '2037-06-01', '2037-06-01')`,
    );

    const imports = (await db.dataSource.query(
      `INSERT INTO legacy_import (state, file_names, progress, updated_at) VALUES ('DONE', ARRAY['oud.csv'], '{}', '2037-03-31'), ('DONE', ARRAY['recent.csv'], '{}', '2037-04-02') RETURNING id`,
    )) as { id: string }[];
    await db.dataSource.query(`INSERT INTO legacy_import_file (import_id, name, content) SELECT id, 'leiders.csv', 'a;b' FROM unnest($1::uuid[]) AS id`, [imports.map((row) => row.id)]);

    const result = await runRetention(db.dataSource, '2037-07-01' as CalendarDate, { retention: { years: 7 } });

    const rows = (await db.dataSource.query(`SELECT id, anonymised_on::text AS anonymised_on FROM school_leader WHERE id = ANY($1::uuid[])`, [
      [past, onTheDay, recent, active.id],
    ])) as { id: string; anonymised_on: string | null }[];
    const anonymisedOn = Object.fromEntries(rows.map((row) => [row.id, row.anonymised_on]));
    expect([anonymisedOn[past], anonymisedOn[onTheDay], anonymisedOn[recent], anonymisedOn[active.id]]).toEqual(['2037-07-01', '2037-07-01', null, null]);
    expect(result.anonymisedLeaders).toBeGreaterThanOrEqual(2);
    const emails = (await db.dataSource.query(`SELECT subject FROM email_outbox WHERE to_address IN ('oud@example.nl', 'nieuw@example.nl')`)) as unknown[];
    expect(emails).toEqual([{ subject: 'Nieuw' }]);
    const files = (await db.dataSource.query(`SELECT import_id FROM legacy_import_file WHERE import_id = ANY($1::uuid[])`, [imports.map((row) => row.id)])) as unknown[];
    expect(files).toEqual([{ import_id: imports[1]!.id }]);
    const audited = (await db.dataSource.query(`SELECT actor_account_id, entity_id FROM audit_log WHERE action = 'PERSONAL_DATA_ANONYMISED' AND entity = 'school_leader' AND entity_id = $1`, [
      past,
    ])) as unknown[];
    expect(audited).toEqual([{ actor_account_id: null, entity_id: past }]);
    // A second run finds nothing more to do.
    expect((await runRetention(db.dataSource, '2037-07-01' as CalendarDate, { retention: { years: 7 } })).anonymisedLeaders).toBe(0);
  });
});
