import { sortName, type CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillSortNames } from '../../../database/migrations/1795504100000-leader-sort-name';
import { createLeader } from '../../../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { refreshRegisterEntries } from '../../registrations/registration-read-model';

describe('a leader’s sort order', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('is the domain’s sortName, stored with the name and folded for sorting; the backfill restores it, the search read model follows', async () => {
    const names = [
      { firstName: 'Jan', infix: 'van', lastName: 'Dijk' },
      { firstName: 'Anna', infix: null, lastName: 'Dijkstra' },
      { firstName: 'Piet', infix: 'de', lastName: 'Boer' },
      { firstName: 'Émile', infix: "van 't", lastName: 'Ändel' },
    ];
    const ids: string[] = [];
    for (const name of names) ids.push((await createLeader(database.dataSource, { ...name, registration: { registeredOn: '2020-01-01' as CalendarDate } })).leader.id);
    const stored = (await database.dataSource.query(`SELECT id, sort_name, sort_key FROM school_leader WHERE id = ANY($1::uuid[]) ORDER BY sort_key`, [ids])) as {
      id: string;
      sort_name: string;
      sort_key: string;
    }[];
    expect(stored.map((row) => row.sort_name)).toEqual(["Ändel, Émile van 't", 'Boer, Piet de', 'Dijk, Jan van', 'Dijkstra, Anna']);
    expect(stored.map((row) => row.sort_name)).toEqual([names[3]!, names[2]!, names[0]!, names[1]!].map((name) => sortName(name)));
    expect(stored[0]!.sort_key).toBe("andel, emile van 't");

    await refreshRegisterEntries(database.dataSource, ids, '2026-01-01' as CalendarDate);
    await database.dataSource.query(`UPDATE school_leader SET sort_name = 'Zz' WHERE id = $1`, [ids[0]]);
    await backfillSortNames(database.dataSource);
    const [entry] = (await database.dataSource.query(`SELECT l.sort_name, e.sort_key FROM school_leader l JOIN register_entry e ON e.leader_id = l.id WHERE l.id = $1`, [ids[0]])) as {
      sort_name: string;
      sort_key: string;
    }[];
    expect(entry).toEqual({ sort_name: 'Dijk, Jan van', sort_key: 'dijk, jan van' });
  });
});
