import { addDays, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeader } from '../../../testing/fixtures';
import { signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';

const THROUGHPUT = `query ($asOf: Date, $months: Int) { staffThroughput(asOf: $asOf, months: $months) {
  asOf committeeBacklogNow awaitingScheduling onAgenda
  months { month submitted decided medianDaysToDecision p90DaysToDecision committeeBacklog } } }`;
const DASHBOARD = `query ($asOf: Date, $months: Int) { sectorDashboard(asOf: $asOf, months: $months) {
  asOf months { month enrolledLeaders registeredLeaders registeredShare registeredShareTarget newRegistrations newRegistrationsTarget } } }`;
const STATISTICS = 'query ($asOf: Date) { registerStatistics(asOf: $asOf) { enrolledLeaders registeredLeaders } }';
const TARGETS = '{ indicatorTargets { id version indicator value validFrom validUntil } }';
const UPDATE_TARGET = `mutation ($id: ID!, $version: Int!, $input: IndicatorTargetInput!) {
  updateIndicatorTarget(id: $id, version: $version, input: $input) { id version indicator value validFrom validUntil } }`;
const CREATE_TARGET = 'mutation ($input: IndicatorTargetInput!) { createIndicatorTarget(input: $input) { id version } }';

interface Target {
  id: string;
  version: number;
  indicator: string;
  value: number;
  validFrom: string;
  validUntil: string | null;
}

/** One step of an application's history: the status it entered, at a Dutch clock time (winter time, +01). */
type Step = [status: string, at: string];

describe('sector dashboard and staff throughput', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  let committee: TestClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource, { rateLimits: false });
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    committee = await signedInClient(database.dataSource, server.url, [Role.COMMITTEE]);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const sql = (query: string, params: unknown[] = []) => database.dataSource.query(query, params) as Promise<{ id: string }[]>;

  async function meeting(date: string): Promise<string> {
    const [row] = await sql(`INSERT INTO committee_meeting (meeting_date) VALUES ($1) RETURNING id`, [date]);
    return row!.id;
  }

  /**
   * An application with its status history as the services write it (an audit snapshot per change,
   * at known times); `steps` empty = seeded without history. `submittedAt` is the last submission.
   */
  async function application(status: string, submittedAt: string, steps: Step[], meetingId: string | null = null): Promise<string> {
    const { leader } = await createLeader(database.dataSource);
    const [row] = await sql(
      `INSERT INTO registration_application (leader_id, kind, status, leader_function, requested_title, meeting_id, submitted_at)
       VALUES ($1, 'INITIAL', $2, 'DIRECTOR', 'RDO', $3, $4) RETURNING id`,
      [leader.id, status, meetingId, `${submittedAt}+01`],
    );
    for (const [entered, at] of steps) {
      await sql(`INSERT INTO audit_log (occurred_at, entity, entity_id, action, after) VALUES ($1, 'registration_application', $2, 'STEP', $3)`, [
        `${at}+01`,
        row!.id,
        JSON.stringify({ status: entered }),
      ]);
    }
    return row!.id;
  }

  async function decide(applicationId: string, meetingId: string, decidedOn: string, reopenedOn: string | null = null): Promise<void> {
    await sql(
      `INSERT INTO decision (application_id, meeting_id, outcome, reasons, decided_by, decided_on, reopened_on) VALUES ($1, $2, 'APPROVED', NULL, $3, $4, $5)`,
      [applicationId, meetingId, staff.accountId, decidedOn, reopenedOn],
    );
  }

  it('counts submissions, decisions, days to decision and the committee backlog per month from the status history', async () => {
    const february = await meeting('2018-02-14');
    const march = await meeting('2018-03-08');
    const lateMarch = await meeting('2018-03-29');
    const april = await meeting('2018-04-12');
    // A: submitted 5 Jan, returned, resubmitted, complete 25 Jan, decided 14 Feb (40 days after the first submission).
    const a = await application('APPROVED', '2018-01-20 09:00', [
      ['SUBMITTED', '2018-01-05 10:00'],
      ['RETURNED', '2018-01-10 10:00'],
      ['SUBMITTED', '2018-01-20 09:00'],
      ['COMPLETE', '2018-01-25 10:00'],
      ['SCHEDULED', '2018-02-01 10:00'],
      ['APPROVED', '2018-02-15 10:00'],
    ], february);
    await decide(a, february, '2018-02-14');
    // B: a draft first, submitted 10 Jan, complete late on 31 Jan (still January in Amsterdam), decided 8 March (57 days).
    const b = await application('REJECTED', '2018-01-10 10:00', [
      ['DRAFT', '2018-01-08 10:00'],
      ['SUBMITTED', '2018-01-10 10:00'],
      ['COMPLETE', '2018-01-31 23:30'],
      ['SCHEDULED', '2018-02-05 10:00'],
      ['REJECTED', '2018-03-10 10:00'],
    ], march);
    await decide(b, march, '2018-03-08');
    // C: submitted half an hour into February (Amsterdam), complete 20 Feb, on the April agenda.
    await application('SCHEDULED', '2018-02-01 00:30', [
      ['SUBMITTED', '2018-02-01 00:30'],
      ['COMPLETE', '2018-02-20 10:00'],
      ['SCHEDULED', '2018-03-01 10:00'],
    ], april);
    // D: submitted and complete in February, withdrawn before the month ended.
    await application('WITHDRAWN', '2018-02-10 10:00', [
      ['SUBMITTED', '2018-02-10 10:00'],
      ['COMPLETE', '2018-02-12 10:00'],
      ['WITHDRAWN', '2018-02-20 10:00'],
    ]);
    // E: seeded without history: complete now, submitted 5 March.
    await application('COMPLETE', '2018-03-05 10:00', []);
    // F: submitted 1 Feb, decided 8 March (35 days); an upheld objection reopened it on 20 March, decided again on 29 March.
    const f = await application('APPROVED', '2018-02-01 10:00', [
      ['SUBMITTED', '2018-02-01 10:00'],
      ['COMPLETE', '2018-02-02 10:00'],
      ['SCHEDULED', '2018-02-03 10:00'],
      ['APPROVED', '2018-03-08 18:00'],
      ['COMPLETE', '2018-03-20 10:00'],
      ['SCHEDULED', '2018-03-21 10:00'],
      ['APPROVED', '2018-03-29 18:00'],
    ], lateMarch);
    await decide(f, march, '2018-03-08', '2018-03-20');
    await decide(f, lateMarch, '2018-03-29');

    const response = await staff.request<{ staffThroughput: unknown }>(THROUGHPUT, { asOf: '2018-03-31', months: 3 });
    expect(response.errors).toBeUndefined();
    expect(response.data?.staffThroughput).toEqual({
      asOf: '2018-03-31',
      // Now: C on the agenda, E complete.
      committeeBacklogNow: 2,
      awaitingScheduling: 1,
      onAgenda: 1,
      months: [
        { month: '2018-01-01', submitted: 2, decided: 0, medianDaysToDecision: null, p90DaysToDecision: null, committeeBacklog: 2 },
        { month: '2018-02-01', submitted: 3, decided: 1, medianDaysToDecision: 40, p90DaysToDecision: 40, committeeBacklog: 3 },
        { month: '2018-03-01', submitted: 1, decided: 2, medianDaysToDecision: 35, p90DaysToDecision: 57, committeeBacklog: 2 },
      ],
    });

    // Mid-month: the month ends with `asOf` (A complete on 25 January, B not yet).
    const midJanuary = await staff.request<{ staffThroughput: { months: { month: string; submitted: number; committeeBacklog: number }[] } }>(THROUGHPUT, {
      asOf: '2018-01-26',
      months: 1,
    });
    expect(midJanuary.data?.staffThroughput.months).toEqual([
      { month: '2018-01-01', submitted: 2, decided: 0, medianDaysToDecision: null, p90DaysToDecision: null, committeeBacklog: 1 },
    ]);
  });

  it('sets indicator 20 per month against the seed’s targets, agreeing with registerStatistics at each month’s end', async () => {
    const registered = (registeredOn: string, deregisteredOn: string | null = null) =>
      createLeader(database.dataSource, { registration: { registeredOn: registeredOn as CalendarDate, deregisteredOn: deregisteredOn as CalendarDate | null } });
    await registered('2017-06-15');
    await registered('2017-11-10');
    await registered('2017-12-05');
    await registered('2018-01-20');
    await registered('2017-05-01', '2017-12-15');
    // Enrolled in October 2017, not registered.
    const { leader } = await createLeader(database.dataSource);
    await sql(`UPDATE school_leader SET enrolled_on = '2017-10-01' WHERE id = $1`, [leader.id]);

    const response = await staff.request<{ sectorDashboard: { asOf: string; months: { month: string; enrolledLeaders: number; registeredLeaders: number }[] } }>(DASHBOARD, {
      asOf: '2018-01-31',
      months: 3,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.sectorDashboard.months).toEqual([
      // November: four enrolled (the deregistered leader still registered), three registered; 250 a month was the target.
      { month: '2017-11-01', enrolledLeaders: 4, registeredLeaders: 3, registeredShare: 75, registeredShareTarget: null, newRegistrations: 1, newRegistrationsTarget: 250 },
      // December: the deregistered leader no longer counts as enrolled.
      { month: '2017-12-01', enrolledLeaders: 4, registeredLeaders: 3, registeredShare: 75, registeredShareTarget: null, newRegistrations: 1, newRegistrationsTarget: 250 },
      // January 2018: all registered is the target from now on.
      { month: '2018-01-01', enrolledLeaders: 5, registeredLeaders: 4, registeredShare: 80, registeredShareTarget: 100, newRegistrations: 1, newRegistrationsTarget: null },
    ]);
    for (const [index, monthEnd] of ['2017-11-30', '2017-12-31', '2018-01-31'].entries()) {
      const statistics = await staff.request<{ registerStatistics: { enrolledLeaders: number; registeredLeaders: number } }>(STATISTICS, { asOf: monthEnd });
      const month = response.data!.sectorDashboard.months[index]!;
      expect({ enrolledLeaders: month.enrolledLeaders, registeredLeaders: month.registeredLeaders }).toEqual(statistics.data?.registerStatistics);
    }
  });

  it('refuses months out of range and a future date', async () => {
    for (const months of [0, 61]) {
      const response = await staff.request(THROUGHPUT, { months });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'months' });
    }
    const future = await staff.request(THROUGHPUT, { asOf: addDays(todayInAmsterdam(new Date()), 2) });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });

  it('keeps the seed’s targets; staff change them with the version they saw, a stale version or an overlap gets CONFLICT', async () => {
    const listed = await staff.request<{ indicatorTargets: Target[] }>(TARGETS);
    const targets = listed.data!.indicatorTargets;
    expect(targets.map(({ indicator, value, validFrom, validUntil }) => ({ indicator, value, validFrom, validUntil }))).toEqual([
      { indicator: 'MONTHLY_REGISTRATIONS', value: 250, validFrom: '2017-08-01', validUntil: '2017-12-31' },
      { indicator: 'REGISTERED_SHARE', value: 100, validFrom: '2018-01-01', validUntil: null },
    ]);
    const monthly = targets[0]!;
    const input = { indicator: 'MONTHLY_REGISTRATIONS', value: 275, validFrom: '2017-08-01', validUntil: '2018-06-30' };
    const updated = await staff.request<{ updateIndicatorTarget: Target }>(UPDATE_TARGET, { id: monthly.id, version: monthly.version, input });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateIndicatorTarget).toMatchObject({ value: 275, validUntil: '2018-06-30', version: monthly.version + 1 });

    const stale = await staff.request(UPDATE_TARGET, { id: monthly.id, version: monthly.version, input: { ...input, value: 300 } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const overlapping = await staff.request(CREATE_TARGET, { input: { ...input, validFrom: '2018-06-01', validUntil: null } });
    expect(overlapping.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INDICATOR_TARGET_OVERLAPS' });
    const tooHigh = await staff.request(CREATE_TARGET, { input: { indicator: 'REGISTERED_SHARE', value: 101, validFrom: '2010-01-01', validUntil: '2010-12-31' } });
    expect(tooHigh.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INDICATOR_TARGET_SHARE_OUT_OF_RANGE' });

    const after = await staff.request<{ indicatorTargets: Target[] }>(TARGETS);
    expect(after.data?.indicatorTargets.find((target) => target.id === monthly.id)).toMatchObject({ value: 275, version: monthly.version + 1 });
    expect(after.data?.indicatorTargets).toHaveLength(2);
    const [audit] = await sql(`SELECT count(*)::int AS id FROM audit_log WHERE entity = 'indicator_target' AND entity_id = $1`, [monthly.id]);
    expect(Number(audit!.id)).toBe(1);
  });

  it('is for staff only', async () => {
    for (const query of [THROUGHPUT, DASHBOARD, TARGETS]) {
      const response = await committee.request(query, { months: 3 });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const listed = await staff.request<{ indicatorTargets: Target[] }>(TARGETS);
    const share = listed.data!.indicatorTargets.find((target) => target.indicator === 'REGISTERED_SHARE')!;
    const refused = await committee.request(UPDATE_TARGET, {
      id: share.id,
      version: share.version,
      input: { indicator: 'REGISTERED_SHARE', value: 90, validFrom: share.validFrom as CalendarDate, validUntil: null },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
