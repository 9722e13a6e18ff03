import { displayName, type CalendarDate } from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { Account } from '../../modules/accounts/account.entity';
import { hashPassword } from '../../modules/accounts/password';
import { Role } from '../../modules/accounts/role';
import { Employment } from '../../modules/leaders/employment.entity';
import { nameColumns, SchoolLeader } from '../../modules/leaders/school-leader.entity';
import { Board } from '../../modules/organisations/board.entity';
import { School } from '../../modules/organisations/school.entity';
import { RegistrationDeferral, RegistrationTitleChange, ReRegistration } from '../../modules/registrations/registration-history.entity';
import { RegistrationStatusService } from '../../modules/registrations/registration-status.service';
import { Registration } from '../../modules/registrations/registration.entity';
import { Subtheme } from '../../modules/themes/subtheme.entity';
import { Theme } from '../../modules/themes/theme.entity';
import { DEMO_ACCOUNTS, DEMO_BOARDS, DEMO_LEADER_COUNT, DEMO_PASSWORD, DEMO_SUBTHEMES } from './demo-data';
import { seedDemoApplications } from './demo-applications';
import { seedDemoProviders } from './demo-providers';
import { seedDemoAssessors } from './demo-assessors';
import { seedDemoInformalValidations } from './demo-informal';
import { seedDemoPeerSession } from './demo-peer-validation';
import { buildDemoLeaders } from './demo-leaders';
import { seedDemoLegacyImport } from './demo-legacy-import';

/**
 * Fills an empty database with a realistic, deterministic demo register. Does nothing when boards
 * already exist, so a restart keeps what people changed. Returns whether it seeded.
 */
export async function seedDemoData(dataSource: DataSource, today: CalendarDate): Promise<boolean> {
  const seeded = await dataSource.transaction(async (manager) => {
    // Serialise concurrent starts on the same database.
    await manager.query('SELECT pg_advisory_xact_lock(20180101)');
    if (await manager.getRepository(Board).exists()) return false;
    await seedSubthemes(manager);
    await seedBoardsAndSchools(manager);
    await seedAccounts(manager);
    await seedDemoAssessors(manager, today);
    await seedLeaders(manager, today);
    return true;
  });
  // Decisions go through the real services (own transactions), so this part runs after the commit.
  if (seeded) {
    await seedDemoApplications(dataSource, today);
    await seedDemoProviders(dataSource, today);
    await seedDemoInformalValidations(dataSource, today);
    await seedDemoPeerSession(dataSource, today);
    await seedDemoLegacyImport(dataSource, today);
  }
  return seeded;
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
  // The board account acts for the first demo board.
  const board = await manager.getRepository(Board).findOneByOrFail({ boardNumber: DEMO_BOARDS[0]!.boardNumber });
  await manager.getRepository(Account).insert(
    DEMO_ACCOUNTS.map((account) => ({ ...account, passwordHash, boardId: account.roles.includes(Role.BOARD) ? board.id : null })),
  );
}

/** Leaders with employments and registrations (with their history), then their statuses for today. */
async function seedLeaders(manager: EntityManager, today: CalendarDate): Promise<void> {
  const boards = await manager.getRepository(Board).find({ relations: { schools: true } });
  const boardByNumber = new Map(boards.map((board) => [board.boardNumber, board]));
  const leaders = buildDemoLeaders(DEMO_LEADER_COUNT, DEMO_BOARDS, today);
  let leaderAccountLinked = false;
  let applicantAccountLinked = false;

  for (const demo of leaders) {
    const demoBoard = DEMO_BOARDS[demo.employment.boardIndex]!;
    const board = boardByNumber.get(demoBoard.boardNumber)!;
    const school = board.schools?.find((candidate) => candidate.brin === demoBoard.schools[demo.employment.schoolIndex]?.brin);
    const { identifiers } = await manager.getRepository(SchoolLeader).insert({
      initials: demo.initials,
      ...nameColumns(demo),
      birthDate: demo.birthDate,
      email: demo.email,
      enrolledOn: demo.enrolledOn,
    });
    const leaderId = identifiers[0]!.id as string;
    await manager.getRepository(Employment).insert({
      leaderId,
      boardId: board.id,
      schoolId: school?.id ?? null,
      function: demo.employment.function,
      startsOn: demo.employment.startsOn,
      endsOn: demo.registration?.deregistration?.on ?? null,
    });

    const registration = demo.registration;
    if (!registration) {
      if (!applicantAccountLinked) {
        // The demo applicant: enrolled, not registered, no application yet.
        await linkAccount(manager, 'aanvrager@demo.srpo.nl', leaderId, demo);
        applicantAccountLinked = true;
      }
      continue;
    }
    const title = { title: registration.title, level: registration.level, aspirant: registration.aspirant };
    const inserted = await manager.getRepository(Registration).insert({
      leaderId,
      registeredOn: registration.registeredOn,
      firstRegisteredOn: registration.registeredOn,
      aspirantUntil: registration.aspirantUntil,
      fullRegistrationOn: registration.fullRegistrationOn,
      deregisteredOn: registration.deregistration?.on ?? null,
      deregistrationReason: registration.deregistration?.reason ?? null,
      ...title,
      ...(registration.fullRegistrationOn ? { level: registration.fullLevel, aspirant: false } : {}),
      // Placeholders: the status service below computes the real values.
      status: 'ACTIVE',
      dueDate: registration.registeredOn,
      statusAsOf: '1900-01-01' as CalendarDate,
    });
    const registrationId = inserted.identifiers[0]!.id as string;
    await manager.getRepository(RegistrationTitleChange).insert([
      { registrationId, effectiveOn: registration.registeredOn, ...title },
      ...(registration.fullRegistrationOn
        ? [{ registrationId, effectiveOn: registration.fullRegistrationOn, title: registration.title, level: registration.fullLevel, aspirant: false }]
        : []),
    ]);
    if (registration.reRegistrations.length) {
      await manager
        .getRepository(ReRegistration)
        .insert(registration.reRegistrations.map((approvedOn) => ({ registrationId, approvedOn, route: 'THEMES' as const })));
    }
    if (registration.deferral) {
      await manager.getRepository(RegistrationDeferral).insert({ registrationId, ...registration.deferral });
    }
    if (!leaderAccountLinked && !registration.aspirant && !registration.deregistration) {
      // The demo leader account belongs to a registered leader.
      await linkAccount(manager, 'schoolleider@demo.srpo.nl', leaderId, demo);
      leaderAccountLinked = true;
    }
  }
  await new RegistrationStatusService(manager).refreshAll(today);
}

async function linkAccount(manager: EntityManager, email: string, leaderId: string, name: Parameters<typeof displayName>[0]): Promise<void> {
  const account = await manager.getRepository(Account).findOneByOrFail({ email });
  await manager.getRepository(SchoolLeader).update({ id: leaderId }, { accountId: account.id, email: account.email });
  await manager.getRepository(Account).update({ id: account.id }, { displayName: displayName(name) });
}
