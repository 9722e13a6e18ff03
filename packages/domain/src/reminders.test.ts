import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isBefore } from './calendar-date';
import type { RegistrationFacts } from './registration-status';
import { pendingReminders, reminderSchedule, remindersDueOn } from './reminders';
import { CATALOGUE, completion } from './theme-fixtures';
import { arbDate, d } from './test-support';

const facts: RegistrationFacts = { registeredOn: d('2014-03-01'), title: 'RDO', level: 'VAKBEKWAAM', aspirant: false, reRegistrations: [], deferrals: [] };
const evidence = { catalogue: CATALOGUE, completions: [completion('c', '2016-01-01', ['1'])] };

describe('reminders (§3.3)', () => {
  it('six months, twelve weeks and six weeks before the due date', () => {
    expect(reminderSchedule(d('2018-03-01'))).toEqual([
      { kind: 'SIX_MONTHS_BEFORE', sendOn: '2017-09-01', dueDate: '2018-03-01' },
      { kind: 'TWELVE_WEEKS_BEFORE', sendOn: '2017-12-07', dueDate: '2018-03-01' },
      { kind: 'SIX_WEEKS_BEFORE', sendOn: '2018-01-18', dueDate: '2018-03-01' },
    ]);
    expect(reminderSchedule(d('2018-08-31'))[0]?.sendOn).toBe('2018-02-28');
  });

  it.each([
    ['2017-08-31', []],
    ['2017-09-01', ['SIX_MONTHS_BEFORE']],
    ['2017-12-07', ['TWELVE_WEEKS_BEFORE']],
    ['2018-01-18', ['SIX_WEEKS_BEFORE']],
    ['2018-03-01', []],
  ])('on %s → %j', (date, kinds) => {
    expect(remindersDueOn(facts, evidence, d(date)).map((r) => r.kind)).toEqual(kinds);
  });

  it('each reminder names what is done and what is still missing', () => {
    const [reminder] = remindersDueOn(facts, evidence, d('2017-09-01'));
    expect(reminder).toMatchObject({ eligible: false, themesMissing: 2, themesRequired: 3 });
    expect(reminder?.themesCompleted.map((theme) => [theme.themeCode, theme.completedOn])).toEqual([['1', '2016-01-01']]);
  });

  it('a deferral gives a new schedule', () => {
    const deferred = { ...facts, deferrals: [{ grantedOn: d('2017-06-01'), newDueDate: d('2019-03-01') }] };
    expect(remindersDueOn(deferred, evidence, d('2017-09-01'))).toEqual([]);
    expect(remindersDueOn(deferred, evidence, d('2018-09-01')).map((r) => r.dueDate)).toEqual(['2019-03-01']);
  });

  it('no reminders for deregistered or aspirant registrations', () => {
    expect(remindersDueOn({ ...facts, deregisteredOn: d('2016-01-01') }, evidence, d('2017-09-01'))).toEqual([]);
    const aspirant = { ...facts, aspirant: true, aspirantUntil: d('2018-02-28') };
    expect(remindersDueOn(aspirant, evidence, d('2017-09-01'))).toEqual([]);
  });

  it('catch-up sends only the latest missed reminder, once', () => {
    expect(pendingReminders(facts, evidence, d('2017-12-20'), []).map((r) => r.kind)).toEqual(['TWELVE_WEEKS_BEFORE']);
    expect(pendingReminders(facts, evidence, d('2017-12-20'), [{ kind: 'TWELVE_WEEKS_BEFORE', dueDate: d('2018-03-01') }])).toEqual([]);
    expect(pendingReminders(facts, evidence, d('2017-08-01'), [])).toEqual([]);
    expect(pendingReminders(facts, evidence, d('2018-03-01'), [])).toEqual([]);
  });

  it('property: every reminder is sent before its due date, in order', () => {
    fc.assert(
      fc.property(arbDate(), (due) => {
        const schedule = reminderSchedule(due);
        expect(schedule).toHaveLength(3);
        for (const entry of schedule) expect(isBefore(entry.sendOn, due)).toBe(true);
        expect(schedule.map((e) => e.kind)).toEqual(['SIX_MONTHS_BEFORE', 'TWELVE_WEEKS_BEFORE', 'SIX_WEEKS_BEFORE']);
        expect(schedule[2]?.sendOn).toBe(addDays(due, -42));
      }),
    );
  });
});
