import { addDays, reminderSchedule, statusOn, statusTransitionOn, type CalendarDate } from '@srpo/domain';
import { In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeader, type LeaderFixture } from '../../testing/fixtures';
import { createCertifiedOffering, createCompletion, createProvider } from '../../testing/offering-fixtures';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { AuditLogEntry } from '../../modules/audit/audit-log.entity';
import { EmailOutboxMessage } from '../../modules/letters/email-outbox.entity';
import { Letter, letterParagraphs } from '../../modules/letters/letter.entity';
import { loadRegistrationHistory } from '../../modules/registrations/registration.loaders';
import { toRegistrationFacts } from '../../modules/registrations/registration.facts';
import { Registration } from '../../modules/registrations/registration.entity';
import { runDailyRegistrationJob } from '../daily-registration.job';
import { ReminderSent } from '../reminder-sent.entity';

const d = (value: string) => value as CalendarDate;

function days(from: CalendarDate, count: number): CalendarDate[] {
  return Array.from({ length: count }, (_, index) => addDays(from, index));
}

describe('daily registration job', () => {
  let database: TestDatabase;

  async function registrationFor(fixture: LeaderFixture['registration']): Promise<Registration> {
    const { registration } = await createLeader(database.dataSource, { registration: fixture });
    return registration!;
  }

  async function lettersFor(registrationId: string): Promise<Letter[]> {
    return database.dataSource.getRepository(Letter).find({ where: { relatedId: registrationId }, order: { createdAt: 'ASC' } });
  }

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('keeps every stored status equal to the domain’s statusOn(today), day by day', { timeout: 120_000 }, async () => {
    const registrations = await Promise.all([
      registrationFor({ registeredOn: d('2026-01-20') }), // due 2030-01-20: CONDITIONAL in range
      registrationFor({ registeredOn: d('2025-08-10') }), // due 2029-08-10: EXPIRED from 2030-02-10
      registrationFor({ registeredOn: d('2026-01-10'), deferrals: [{ grantedOn: d('2029-12-01'), newDueDate: d('2030-02-15') }] }),
      registrationFor({ registeredOn: d('2025-12-01'), reRegistrations: [d('2030-01-25')] }), // late re-registration: ACTIVE again
      registrationFor({ registeredOn: d('2027-01-01'), deregisteredOn: d('2030-02-01') }),
      registrationFor({ registeredOn: d('2028-01-01'), aspirant: true, aspirantUntil: d('2030-01-31'), level: null }),
      registrationFor({ registeredOn: d('2026-03-15') }), // six-weeks reminder on 2030-02-01
    ]);
    const ids = registrations.map((registration) => registration.id);
    const range = days(d('2030-01-01'), 60);

    for (const [index, day] of range.entries()) {
      await runDailyRegistrationJob(database.dataSource, day);
      const stored = await database.dataSource.getRepository(Registration).findBy({ id: In(ids) });
      for (const item of await loadRegistrationHistory(database.dataSource, stored)) {
        const facts = toRegistrationFacts(item);
        expect({ day, id: item.registration.id, status: item.registration.status }).toEqual({ day, id: item.registration.id, status: statusOn(facts, day) });
        // Only registrations whose status can change are recomputed; the others stay exact until `status_valid_until`.
        expect(item.registration.statusAsOf <= day).toBe(true);
        // After the first run, a letter is written exactly on the day of the domain's transition.
        const transition = statusTransitionOn(facts, day);
        if (index > 0 && (transition?.to === 'CONDITIONAL' || transition?.to === 'EXPIRED')) {
          const letters = await database.dataSource.getRepository(Letter).findBy({ relatedId: item.registration.id, datedOn: day });
          expect(letters.map((letter) => letter.kind)).toEqual([`STATUS_${transition.to}`]);
        }
      }
    }
    const seen = new Set((await database.dataSource.getRepository(Registration).findBy({ id: In(ids) })).map((row) => row.status));
    expect(seen).toEqual(new Set(['ACTIVE', 'CONDITIONAL', 'EXPIRED', 'DEREGISTERED']));
  });

  it('writes one letter and one e-mail on entering CONDITIONAL, and nothing on a second run that day', async () => {
    const registration = await registrationFor({ registeredOn: d('2027-05-01') }); // due 2031-05-01
    await runDailyRegistrationJob(database.dataSource, d('2031-04-30'));
    const lettersBefore = await lettersFor(registration.id);
    const emailsBefore = await database.dataSource.getRepository(EmailOutboxMessage).count();
    const auditBefore = await database.dataSource.getRepository(AuditLogEntry).count();

    const result = await runDailyRegistrationJob(database.dataSource, d('2031-05-01'));
    expect(result.statusChanges).toContainEqual(expect.objectContaining({ registrationId: registration.id, from: 'ACTIVE', to: 'CONDITIONAL' }));
    const newLetters = (await lettersFor(registration.id)).slice(lettersBefore.length);
    expect(newLetters).toHaveLength(1);
    const [letter] = newLetters;
    expect(letter).toMatchObject({ kind: 'STATUS_CONDITIONAL', subject: 'Uw registratie staat onder voorwaarden', datedOn: '2031-05-01', relatedEntity: 'registration' });
    const text = letterParagraphs(letter!).join('\n');
    expect(text).toMatch(/Vraag zo spoedig mogelijk herregistratie aan/);
    expect(text).toMatch(/verloopt uw registratie op 1 november 2031/);
    const emails = await database.dataSource.getRepository(EmailOutboxMessage).find({ where: {}, order: { id: 'ASC' } });
    expect(emails.slice(emailsBefore)).toEqual([expect.objectContaining({ letterId: letter!.id, status: 'PENDING' })]);
    const audit = await database.dataSource.getRepository(AuditLogEntry).findBy({ entityId: registration.id, action: 'STATUS_CHANGED' });
    expect(audit.at(-1)).toMatchObject({ actorAccountId: null, entity: 'registration', before: { status: 'ACTIVE' }, after: { status: 'CONDITIONAL', letterId: letter!.id } });
    expect(await database.dataSource.getRepository(AuditLogEntry).count()).toBeGreaterThan(auditBefore);

    const counts = async () =>
      Promise.all([
        database.dataSource.getRepository(Letter).count(),
        database.dataSource.getRepository(EmailOutboxMessage).count(),
        database.dataSource.getRepository(AuditLogEntry).count(),
        database.dataSource.getRepository(ReminderSent).count(),
      ]);
    const afterFirst = await counts();
    const again = await runDailyRegistrationJob(database.dataSource, d('2031-05-01'));
    expect(again).toEqual({ statusChanges: [], statusLetters: 0, reminders: 0 });
    expect(await counts()).toEqual(afterFirst);
  });

  it('sends the reminders six months, twelve weeks and six weeks before the due date, once each', { timeout: 120_000 }, async () => {
    const registration = await registrationFor({ registeredOn: d('2029-06-01') }); // due 2033-06-01
    const schedule = reminderSchedule(d('2033-06-01'));
    expect(schedule.map((entry) => [entry.kind, entry.sendOn])).toEqual([
      ['SIX_MONTHS_BEFORE', '2032-12-01'],
      ['TWELVE_WEEKS_BEFORE', '2033-03-09'],
      ['SIX_WEEKS_BEFORE', '2033-04-20'],
    ]);

    for (const day of days(d('2032-11-25'), 190)) await runDailyRegistrationJob(database.dataSource, day);
    await runDailyRegistrationJob(database.dataSource, d('2033-04-20')); // a repeated day sends nothing new

    const reminders = (await lettersFor(registration.id)).filter((letter) => letter.kind.startsWith('REMINDER_'));
    expect(reminders.map((letter) => [letter.kind, letter.datedOn])).toEqual([
      ['REMINDER_SIX_MONTHS_BEFORE', '2032-12-01'],
      ['REMINDER_TWELVE_WEEKS_BEFORE', '2033-03-09'],
      ['REMINDER_SIX_WEEKS_BEFORE', '2033-04-20'],
    ]);
    for (const letter of reminders) {
      expect(letter.subject).toBe('Herinnering: herregistratie uiterlijk 1 juni 2033');
      expect(letter.body).toContain('nog geen van de 3 thema’s afgerond');
      expect(letter.body).toContain('Er ontbreken nog 3 thema’s.');
    }
    expect(reminders.map((letter) => /uiterlijk op 1 juni 2033 worden vernieuwd\. Dat is (over [^.]+)\./.exec(letter.body)?.[1])).toEqual([
      'over zes maanden',
      'over twaalf weken',
      'over zes weken',
    ]);
    const sent = await database.dataSource.getRepository(ReminderSent).find({ where: { registrationId: registration.id }, order: { sentOn: 'ASC' } });
    expect(sent.map((row) => [row.kind, row.dueDate, row.sentOn])).toEqual(schedule.map((entry) => [entry.kind, entry.dueDate, entry.sendOn]));
    expect(await database.dataSource.getRepository(EmailOutboxMessage).countBy({ letterId: In(reminders.map((letter) => letter.id)) })).toBe(3);
  });

  it('evaluates a reminder with the leader’s counted completions: 2 of 3 themes done, the missing one named', async () => {
    const [account] = (await database.dataSource.query(
      `INSERT INTO account (email, display_name, password_hash, roles) VALUES ('staf-herinnering@example.nl', 'Staf', 'x', '{STAFF}') RETURNING id`,
    )) as { id: string }[];
    const providerId = (await createProvider(database.dataSource)).id;
    const { leader, registration } = await createLeader(database.dataSource, { registration: { registeredOn: d('2028-02-10') } }); // due 2032-02-10
    const { execution } = await createCertifiedOffering(database.dataSource, account!.id, {
      providerId,
      themeCodes: ['1', '2'],
      validFrom: d('2020-01-01'),
      validUntil: d('2099-12-31'),
    });
    await createCompletion(database.dataSource, execution.id, leader.id, d('2029-05-01'));

    await runDailyRegistrationJob(database.dataSource, d('2031-08-10'));
    const [letter] = (await lettersFor(registration!.id)).filter((row) => row.kind === 'REMINDER_SIX_MONTHS_BEFORE');
    expect(letter?.body).toContain(
      'U hebt in deze registratieperiode 2 van de 3 thema’s afgerond die nodig zijn voor herregistratie: ' +
        'Persoonlijk leiderschap (afgerond op 1 mei 2029) en Regie & strategie (afgerond op 1 mei 2029). Er ontbreekt nog 1 thema.',
    );
  });

  it('a late six-month reminder states the due date and the true time left, not "over zes maanden"', async () => {
    const registration = await registrationFor({ registeredOn: d('2030-03-10') }); // due 2034-03-10; six-month date 2033-09-10 missed
    const result = await runDailyRegistrationJob(database.dataSource, d('2033-11-22'));
    expect(result.reminders).toBeGreaterThan(0);
    const [letter] = (await lettersFor(registration.id)).filter((row) => row.kind.startsWith('REMINDER_'));
    expect(letter).toMatchObject({ kind: 'REMINDER_SIX_MONTHS_BEFORE', datedOn: '2033-11-22' });
    expect(letter!.body).toContain('moet uiterlijk op 10 maart 2034 worden vernieuwd. Dat is over ruim drie maanden.');
    expect(letter!.body).not.toContain('zes maanden');
  });
});
