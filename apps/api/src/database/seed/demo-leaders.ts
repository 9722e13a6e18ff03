import {
  addDays,
  addMonths,
  addYears,
  fromEpochDay,
  isBefore,
  toEpochDay,
  type CalendarDate,
  type LeaderFunction,
  type QualificationLevel,
  type RegistrationTitle,
} from '@srpo/domain';
import type { DemoBoard } from './demo-data';
import { createRandom } from './random';

export const FIRST_NAMES: readonly string[] = [
  'Anna', 'Bram', 'Carla', 'Daan', 'Eva', 'Fatima', 'Gerrit', 'Hanneke', 'Ibrahim', 'Joke', 'Kees', 'Lotte', 'Mohamed',
  'Nienke', 'Olga', 'Pieter', 'Quinten', 'Renske', 'Sander', 'Thijs', 'Ursula', 'Vera', 'Willem', 'Yasmina', 'Zoë',
  'Anouk', 'Bas', 'Chantal', 'Dirk', 'Els', 'Femke', 'Geert', 'Hatice', 'Inge', 'Jeroen', 'Karin', 'Lars', 'Marieke',
  'Noor', 'René', 'Saskia', 'Tom', 'Ilse', 'Joost', 'Mirjam', 'Sevda', 'Ruud', 'Esther', 'Wouter', 'Gülşen',
];
export const SURNAMES: readonly [string | null, string][] = [
  ['van', 'Dijk'], [null, 'Jansen'], ['de', 'Vries'], ['van den', 'Berg'], [null, 'Bakker'], ['van', 'der Meer'],
  [null, 'Visser'], [null, 'Smit'], ['de', 'Boer'], [null, 'Mulder'], ['de', 'Groot'], [null, 'Bos'], [null, 'Vos'],
  [null, 'Peters'], [null, 'Hendriks'], ['van', 'Leeuwen'], [null, 'Dekker'], [null, 'Brouwer'], ['de', 'Wit'],
  [null, 'Dijkstra'], [null, 'Smits'], ['de', 'Graaf'], ['van der', 'Linden'], [null, 'Kok'], [null, 'Jacobs'],
  ['de', 'Haan'], [null, 'Vermeulen'], ['van den', 'Heuvel'], ['van der', 'Veen'], ['van den', 'Broek'],
  [null, 'Yılmaz'], [null, 'el Amrani'], [null, 'Öztürk'], [null, 'Dïjkman'], [null, 'Bouzid'], ['ter', 'Horst'],
  [null, 'Kramer'], [null, 'Wijnands'], ['van', 'Beek'], [null, 'Postma'],
];

export interface DemoRegistration {
  registeredOn: CalendarDate;
  title: RegistrationTitle;
  level: QualificationLevel | null;
  aspirant: boolean;
  aspirantUntil: CalendarDate | null;
  fullRegistrationOn: CalendarDate | null;
  /** Level after the aspirant obtained the full registration. */
  fullLevel: QualificationLevel | null;
  reRegistrations: CalendarDate[];
  deferral: { grantedOn: CalendarDate; newDueDate: CalendarDate } | null;
  deregistration: { on: CalendarDate; reason: string } | null;
}

export interface DemoLeader {
  initials: string;
  firstName: string;
  infix: string | null;
  lastName: string;
  birthDate: CalendarDate;
  email: string;
  enrolledOn: CalendarDate;
  employment: { boardIndex: number; schoolIndex: number; function: LeaderFunction; startsOn: CalendarDate };
  registration: DemoRegistration | null;
}

function randomDate(random: () => number, from: CalendarDate, until: CalendarDate): CalendarDate {
  const start = toEpochDay(from);
  return fromEpochDay(start + Math.floor(random() * (toEpochDay(until) - start + 1)));
}

/**
 * A register's worth of leaders relative to `today`: directors and deputies, aspirants, leaders who
 * re-registered on time, late or not at all (so CONDITIONAL and EXPIRED appear), deferrals, leavers,
 * and enrolled leaders without a registration yet.
 */
export function buildDemoLeaders(count: number, boards: readonly DemoBoard[], today: CalendarDate): DemoLeader[] {
  const random = createRandom(2014);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: count }, (_, index) => {
    const firstName = FIRST_NAMES[index % FIRST_NAMES.length] as string;
    const [infix, lastName] = SURNAMES[(index * 7 + Math.floor(index / SURNAMES.length)) % SURNAMES.length] as [string | null, string];
    const boardIndex = index % boards.length;
    const board = boards[boardIndex] as DemoBoard;
    const leaderFunction: LeaderFunction = random() < 0.7 ? 'DIRECTOR' : 'DEPUTY_DIRECTOR';
    const enrolledOn = randomDate(random, '2014-01-01' as CalendarDate, addMonths(today, -2));
    const kind = random();
    return {
      initials: `${firstName[0]}.`,
      firstName,
      infix,
      lastName,
      birthDate: randomDate(random, '1960-01-01' as CalendarDate, '1992-12-31' as CalendarDate),
      email: `${firstName}.${lastName}.${index}`.toLowerCase().normalize('NFD').replace(/[^a-z0-9.]/g, '') + '@school.example.nl',
      enrolledOn,
      employment: {
        boardIndex,
        schoolIndex: Math.floor(random() * board.schools.length),
        function: leaderFunction,
        startsOn: addYears(enrolledOn, -1),
      },
      // About one in ten is enrolled but not registered yet.
      registration: kind < 0.1 ? null : buildRegistration(random, pick, leaderFunction, enrolledOn, today, kind),
    };
  });
}

function buildRegistration(
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
  leaderFunction: LeaderFunction,
  enrolledOn: CalendarDate,
  today: CalendarDate,
  kind: number,
): DemoRegistration {
  const registeredOn = addDays(enrolledOn, 30 + Math.floor(random() * 90));
  const title: RegistrationTitle = leaderFunction === 'DIRECTOR' || random() < 0.2 ? 'RDO' : 'RADO';
  const fullLevel: QualificationLevel = title === 'RDO' ? pick(['VAKBEKWAAM', 'VAKBEKWAAM', 'VAKBEKWAAM', 'MASTER'] as const) : 'BASISBEKWAAM';
  const base: DemoRegistration = {
    registeredOn,
    title,
    level: fullLevel,
    aspirant: false,
    aspirantUntil: null,
    fullRegistrationOn: null,
    fullLevel: null,
    reRegistrations: [],
    deferral: null,
    deregistration: null,
  };

  // Aspirants: still in their programme, or finished and fully registered since.
  if (kind < 0.18) {
    // Most aspirants started recently and are still in their programme.
    const startedOn = random() < 0.6 ? addMonths(today, -Math.floor(random() * 20) - 1) : registeredOn;
    const aspirantUntil = addYears(startedOn, 2);
    const finished = isBefore(aspirantUntil, addMonths(today, -3)) && random() < 0.7;
    return {
      ...base,
      registeredOn: startedOn,
      level: null,
      aspirant: true,
      aspirantUntil,
      fullRegistrationOn: finished ? addDays(aspirantUntil, -20) : null,
      fullLevel: finished ? fullLevel : null,
    };
  }

  // Walk the four-year periods up to today: most re-register in time, some late, some not at all.
  const reRegistrations: CalendarDate[] = [];
  let due = addYears(registeredOn, 4);
  let deferral: DemoRegistration['deferral'] = null;
  if (kind > 0.93 && isBefore(addYears(today, -1), due)) {
    deferral = { grantedOn: addMonths(due, -3), newDueDate: addYears(due, 1) };
    due = deferral.newDueDate;
  }
  while (isBefore(due, today)) {
    const behaviour = random();
    if (behaviour < 0.12) break; // did not re-register: CONDITIONAL or EXPIRED now
    const approvedOn = behaviour < 0.25 ? addMonths(due, 2) : addMonths(due, -2); // late (in the conditional window) or on time
    if (!isBefore(approvedOn, today)) break;
    reRegistrations.push(approvedOn);
    due = addYears(due, 4);
  }
  const deregistration =
    kind > 0.95 ? { on: randomDate(random, registeredOn, today), reason: pick(['Met pensioen', 'Andere functie buiten het onderwijs', 'Overgestapt naar het voortgezet onderwijs']) } : null;
  return { ...base, reRegistrations, deferral, deregistration };
}
