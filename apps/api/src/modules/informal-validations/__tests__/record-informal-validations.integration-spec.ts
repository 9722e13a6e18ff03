import type { CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeader } from '../../../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { AuditLogEntry } from '../../audit/audit-log.entity';
import { Theme } from '../../themes/theme.entity';
import { InformalValidation } from '../informal-validation.entity';
import { recordInformalValidations } from '../record-informal-validations';

const d = (value: string) => value as CalendarDate;

describe('recordInformalValidations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('credits each theme once per route and day, with an audit row per credit', async () => {
    const { leader } = await createLeader(database.dataSource, {});
    const theme = await database.dataSource.getRepository(Theme).findOneByOrFail({ code: '4' });
    const credit = { leaderId: leader.id, themeId: theme.id, validatedOn: d('2026-03-02'), method: 'PEER_VALIDATION' as const };

    const first = await database.dataSource.transaction((manager) => recordInformalValidations(manager, [credit], null));
    const retried = await database.dataSource.transaction((manager) => recordInformalValidations(manager, [credit], null));

    expect(first.map((row) => [row.themeId, row.validatedOn, row.method])).toEqual([[theme.id, '2026-03-02', 'PEER_VALIDATION']]);
    expect(retried).toEqual([]);
    expect(await database.dataSource.getRepository(InformalValidation).countBy({ leaderId: leader.id })).toBe(1);
    expect(await database.dataSource.getRepository(AuditLogEntry).countBy({ entity: 'informal_validation', entityId: first[0]!.id })).toBe(1);
  });

  it('writes nothing when the surrounding decision rolls back', async () => {
    const { leader } = await createLeader(database.dataSource, {});
    const theme = await database.dataSource.getRepository(Theme).findOneByOrFail({ code: '5' });
    await expect(
      database.dataSource.transaction(async (manager) => {
        await recordInformalValidations(manager, [{ leaderId: leader.id, themeId: theme.id, validatedOn: d('2026-03-02'), method: 'PEER_VALIDATION' }], null);
        throw new Error('decision failed');
      }),
    ).rejects.toThrow('decision failed');
    expect(await database.dataSource.getRepository(InformalValidation).countBy({ leaderId: leader.id })).toBe(0);
  });

  it('refuses a portfolio credit without the assessor organisation, the source shown beside it', async () => {
    const { leader } = await createLeader(database.dataSource, {});
    const theme = await database.dataSource.getRepository(Theme).findOneByOrFail({ code: '6' });
    await expect(
      database.dataSource.transaction((manager) =>
        recordInformalValidations(manager, [{ leaderId: leader.id, themeId: theme.id, validatedOn: d('2026-03-02'), method: 'PORTFOLIO' }], null),
      ),
    ).rejects.toThrow(/assessor organisation/);
    expect(await database.dataSource.getRepository(InformalValidation).countBy({ leaderId: leader.id })).toBe(0);
  });
});
