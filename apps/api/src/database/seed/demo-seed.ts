import type { DataSource, EntityManager } from 'typeorm';
import { Account } from '../../modules/accounts/account.entity';
import { hashPassword } from '../../modules/accounts/password';
import { Board } from '../../modules/organisations/board.entity';
import { School } from '../../modules/organisations/school.entity';
import { Subtheme } from '../../modules/themes/subtheme.entity';
import { Theme } from '../../modules/themes/theme.entity';
import { DEMO_ACCOUNTS, DEMO_BOARDS, DEMO_PASSWORD, DEMO_SUBTHEMES } from './demo-data';

/**
 * Fills an empty database with a realistic, deterministic demo register. Does nothing when boards
 * already exist, so a restart keeps what people changed. Returns whether it seeded.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent starts on the same database.
    await manager.query('SELECT pg_advisory_xact_lock(20180101)');
    if (await manager.getRepository(Board).exists()) return false;
    await seedSubthemes(manager);
    await seedBoardsAndSchools(manager);
    await seedAccounts(manager);
    return true;
  });
}

async function seedSubthemes(manager: EntityManager): Promise<void> {
  const themes = await manager.getRepository(Theme).find();
  const themeIdByCode = new Map(themes.map((theme) => [theme.code, theme.id]));
  const rows = DEMO_SUBTHEMES.map((subtheme, index) => {
    const themeId = themeIdByCode.get(subtheme.themeCode);
    if (!themeId) throw new Error(`Demo subtheme ${subtheme.code} names unknown theme ${subtheme.themeCode}`);
    return manager.getRepository(Subtheme).create({
      themeId,
      code: subtheme.code,
      name: subtheme.name,
      description: null,
      validFrom: subtheme.validFrom,
      validUntil: null,
      sortOrder: index + 1,
    });
  });
  await manager.getRepository(Subtheme).save(rows);
}

async function seedBoardsAndSchools(manager: EntityManager): Promise<void> {
  for (const demoBoard of DEMO_BOARDS) {
    const board = await manager.getRepository(Board).save(
      manager.getRepository(Board).create({ boardNumber: demoBoard.boardNumber, name: demoBoard.name, city: demoBoard.city }),
    );
    await manager.getRepository(School).save(
      demoBoard.schools.map((school) => manager.getRepository(School).create({ ...school, boardId: board.id })),
    );
  }
}

/** One account per role (listed in the README); the shared demo password is hashed like any other. */
async function seedAccounts(manager: EntityManager): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await manager.getRepository(Account).insert(DEMO_ACCOUNTS.map((account) => ({ ...account, passwordHash })));
}
