import { todayInAmsterdam, type CalendarDate, type LeaderFunction, type QualificationLevel, type RegistrationTitle } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { putDocumentContent } from '../modules/applications/document-store';
import { EvidenceDocument } from '../modules/applications/evidence-document.entity';
import { Employment } from '../modules/leaders/employment.entity';
import { nameColumns, SchoolLeader } from '../modules/leaders/school-leader.entity';
import { Board } from '../modules/organisations/board.entity';
import { RegistrationDeferral, RegistrationTitleChange, ReRegistration } from '../modules/registrations/registration-history.entity';
import { RegistrationStatusService } from '../modules/registrations/registration-status.service';
import { Registration } from '../modules/registrations/registration.entity';
import { TINY_PDF } from './documents';

let sequence = 0;

/** A board with a unique number. */
export async function createBoard(dataSource: DataSource, name = 'Stichting Test'): Promise<Board> {
  sequence += 1;
  const boardNumber = String(10000 + ((process.pid * 97 + sequence) % 89999)).padStart(5, '0');
  return dataSource.getRepository(Board).save({ boardNumber, name, city: 'Utrecht' });
}

export interface LeaderFixture {
  firstName?: string;
  infix?: string | null;
  lastName?: string;
  board?: Board;
  function?: LeaderFunction;
  registration?: {
    registeredOn: CalendarDate;
    title?: RegistrationTitle;
    level?: QualificationLevel | null;
    aspirant?: boolean;
    aspirantUntil?: CalendarDate | null;
    titleChanges?: { effectiveOn: CalendarDate; title: RegistrationTitle; level: QualificationLevel | null; aspirant?: boolean }[];
    reRegistrations?: CalendarDate[];
    deferrals?: { grantedOn: CalendarDate; newDueDate: CalendarDate }[];
    deregisteredOn?: CalendarDate | null;
  };
}

/** A leader (and optionally a registration with its history) written straight to the database. */
export async function createLeader(
  dataSource: DataSource,
  fixture: LeaderFixture = {},
): Promise<{ leader: SchoolLeader; registration: Registration | null }> {
  const leaders = dataSource.getRepository(SchoolLeader);
  const { identifiers } = await leaders.insert({
    initials: `${(fixture.firstName ?? 'Test')[0]}.`,
    ...nameColumns({ firstName: fixture.firstName ?? 'Test', infix: fixture.infix, lastName: fixture.lastName ?? 'Leider' }),
    birthDate: '1975-04-01' as CalendarDate,
    email: `leider${++sequence}@example.nl`,
    enrolledOn: (fixture.registration?.registeredOn ?? '2020-01-01') as CalendarDate,
  });
  const leader = await leaders.findOneByOrFail({ id: identifiers[0]!.id as string });
  if (fixture.board) {
    await dataSource.getRepository(Employment).insert({
      leaderId: leader.id,
      boardId: fixture.board.id,
      schoolId: null,
      function: fixture.function ?? 'DIRECTOR',
      startsOn: '2010-01-01' as CalendarDate,
      endsOn: null,
    });
  }
  const spec = fixture.registration;
  if (!spec) return { leader, registration: null };

  const changes = spec.titleChanges ?? [];
  const first = { title: spec.title ?? 'RDO', level: spec.level === undefined ? 'VAKBEKWAAM' : spec.level, aspirant: spec.aspirant ?? false };
  const last = changes[changes.length - 1];
  const registration = await dataSource.getRepository(Registration).save({
    leaderId: leader.id,
    registeredOn: spec.registeredOn,
    firstRegisteredOn: spec.registeredOn,
    aspirant: first.aspirant,
    aspirantUntil: spec.aspirantUntil ?? null,
    fullRegistrationOn: null,
    deregisteredOn: spec.deregisteredOn ?? null,
    deregistrationReason: spec.deregisteredOn ? 'Met pensioen' : null,
    title: last?.title ?? first.title,
    level: last ? last.level : first.level,
    status: 'ACTIVE',
    dueDate: spec.registeredOn,
    statusAsOf: '1900-01-01' as CalendarDate,
  } as Registration);
  await dataSource.getRepository(RegistrationTitleChange).insert([
    { registrationId: registration.id, effectiveOn: spec.registeredOn, ...first },
    ...changes.map((change) => ({ registrationId: registration.id, aspirant: false, ...change })),
  ]);
  for (const approvedOn of spec.reRegistrations ?? []) {
    await dataSource.getRepository(ReRegistration).insert({ registrationId: registration.id, approvedOn, route: 'THEMES' });
  }
  for (const deferral of spec.deferrals ?? []) {
    await dataSource.getRepository(RegistrationDeferral).insert({ registrationId: registration.id, ...deferral });
  }
  // As every service does after changing a registration's facts: bring the cached status up to date.
  await new RegistrationStatusService(dataSource).refresh([registration], todayInAmsterdam(new Date()));
  return { leader, registration: await dataSource.getRepository(Registration).findOneByOrFail({ id: registration.id }) };
}

/** A document on an application, as an upload leaves it: its bytes (a tiny PDF) and its row. */
export async function attachEvidence(dataSource: DataSource, applicationId: string, fileName = 'diploma.pdf'): Promise<void> {
  await dataSource.getRepository(EvidenceDocument).insert({
    applicationId,
    fileName,
    contentType: 'application/pdf',
    sizeBytes: TINY_PDF.length,
    sha256: await putDocumentContent(dataSource.manager, TINY_PDF),
  });
}
