import type { CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ObjectionsForEveryDecision1795504300000 } from '../../../database/migrations/1795504300000-objections-for-every-decision';
import { createLeader } from '../../../testing/fixtures';
import { createCertifiedOffering, createProvider } from '../../../testing/offering-fixtures';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { Objection } from '../objection.entity';

describe('migration to one objection table', () => {
  let database: TestDatabase;
  const migration = new ObjectionsForEveryDecision1795504300000();

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('moves the objections of both old tables without loss, each with its kind and party', async () => {
    const db = database.dataSource;
    const { leader } = await createLeader(db, { firstName: 'Oud', lastName: 'Bezwaar' });
    const account = async (email: string, role: string) =>
      ((await db.query(`INSERT INTO account (email, display_name, password_hash, roles) VALUES ($1, 'Test', 'x', ARRAY[$2]) RETURNING id`, [email, role])) as { id: string }[])[0]!.id;
    const officer = await account('medewerker-oud@test.srpo.nl', 'STAFF');
    const leaderAccount = await account('leider-oud@test.srpo.nl', 'LEADER');
    await db.query(`UPDATE school_leader SET account_id = $1 WHERE id = $2`, [leaderAccount, leader.id]);
    const provider = await createProvider(db, 'Academie Oud');
    const { offering } = await createCertifiedOffering(db, officer, { providerId: provider.id, validFrom: '2026-01-05' as CalendarDate, validUntil: '2028-01-05' as CalendarDate });

    const runner = db.createQueryRunner();
    try {
      await migration.down(runner);
      const [meeting] = (await runner.query(`INSERT INTO committee_meeting (meeting_date) VALUES ('2026-01-10') RETURNING id`)) as { id: string }[];
      const [application] = (await runner.query(
        `INSERT INTO registration_application (leader_id, kind, status, leader_function, requested_title, meeting_id)
         VALUES ($1, 'INITIAL', 'REJECTED', 'DIRECTOR', 'RDO', $2) RETURNING id`,
        [leader.id, meeting!.id],
      )) as { id: string }[];
      const [decision] = (await runner.query(
        `INSERT INTO decision (application_id, meeting_id, outcome, reasons, decided_by, decided_on) VALUES ($1, $2, 'REJECTED', 'Onvoldoende.', $3, '2026-01-10') RETURNING id`,
        [application!.id, meeting!.id, officer],
      )) as { id: string }[];
      const [certification] = (await runner.query(`SELECT id FROM certification WHERE offering_id = $1`, [offering.id])) as { id: string }[];
      await runner.query(
        `INSERT INTO objection (id, decision_id, filed_on, grounds, status, decided_on, decided_by, outcome_reasons, version)
         VALUES ('00000000-0000-4000-8000-000000000001', $1, '2026-01-20', 'Mijn diploma is geldig.', 'DISMISSED', '2026-02-01', $2, 'Geen nieuwe feiten.', 2)`,
        [decision!.id, officer],
      );
      await runner.query(
        `INSERT INTO certification_objection (id, certification_id, filed_by, filed_on, grounds, status, version)
         VALUES ('00000000-0000-4000-8000-000000000002', $1, $2, '2026-01-15', 'Thema 2 is ook aangetoond.', 'FILED', 1)`,
        [certification!.id, officer],
      );
      await migration.up(runner);

      const moved = await db.getRepository(Objection).find({ order: { id: 'ASC' } });
      expect(moved).toMatchObject([
        {
          id: '00000000-0000-4000-8000-000000000001',
          decisionKind: 'APPLICATION',
          decisionId: decision!.id,
          leaderId: leader.id,
          providerId: null,
          filedBy: leaderAccount,
          filedOn: '2026-01-20',
          grounds: 'Mijn diploma is geldig.',
          status: 'DISMISSED',
          decidedOn: '2026-02-01',
          outcomeReasons: 'Geen nieuwe feiten.',
          version: 2,
        },
        {
          id: '00000000-0000-4000-8000-000000000002',
          decisionKind: 'CERTIFICATION',
          decisionId: certification!.id,
          leaderId: null,
          providerId: provider.id,
          filedBy: officer,
          filedOn: '2026-01-15',
          grounds: 'Thema 2 is ook aangetoond.',
          status: 'FILED',
          version: 1,
        },
      ]);
      expect(await runner.query(`SELECT to_regclass('certification_objection') AS name`)).toEqual([{ name: null }]);
    } finally {
      await runner.release();
    }
  });
});
