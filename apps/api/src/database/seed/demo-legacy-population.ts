import { addDays, addMonths, addYears, isAfter, isBefore, maxDate, type CalendarDate, type RegistrationTitle } from '@srpo/domain';
import {
  buildPopulation,
  committeeDateIn,
  functionFor,
  levelFor,
  nextCommitteeDate,
  pickWeighted,
  randomDate,
  randomInt,
  seededRandom,
  themeCompletions,
  type LeaderPlan,
  type LegacyPopulation,
  type PlannedCompletion,
  type Random,
  FORMAL_FROM,
  INFORMAL_FROM,
} from '../../modules/legacy-import/fixtures/legacy-population';

/** Registrations per year from 2014: the 2017 rush before the 1 January 2018 deadline, then new leaders each year. */
const REGISTRATIONS_PER_YEAR: Record<number, number> = {
  2014: 48, 2015: 52, 2016: 55, 2017: 120, 2018: 38, 2019: 30, 2020: 26, 2021: 28, 2022: 30, 2023: 30, 2024: 32, 2025: 32, 2026: 30,
};
const MONTHS_2017 = [6, 6, 7, 7, 8, 8, 5, 6, 9, 10, 12, 16];
/** Enrolled leaders without a registration (new, or not registering). */
const NOT_REGISTERED = 50;
const EARLY_REGISTRANT_YEARS = [2014, 2015];

/**
 * The old register as the demo imports it: about 600 leaders with registrations from 2014 to
 * `today`, walked period by period (re-registered on time, late, deferred or not at all; themes
 * completed formally and informally on the way; aspirants; leavers), so the statistics and charts
 * have history to show. Deterministic for a given `today`.
 */
export function demoLegacyPopulation(today: CalendarDate): LegacyPopulation {
  const random = seededRandom(20140101);
  const lastDecision = addMonths(today, -1);
  const plans: LeaderPlan[] = [];
  for (const [yearText, count] of Object.entries(REGISTRATIONS_PER_YEAR)) {
    const year = Number(yearText);
    for (let index = 0; index < count; index += 1) {
      const registeredOn = committeeDateIn(random, year, year === 2017 ? MONTHS_2017 : undefined);
      if (isAfter(registeredOn, lastDecision)) continue;
      plans.push(registeredLeader(random, registeredOn, today));
    }
  }
  // Whatever the day, a few were due in the last months and have not re-registered: CONDITIONAL today.
  for (let months = 1; months <= 5; months += 1) {
    const plan = registeredLeader(random, nextCommitteeDate(addMonths(today, -48 - months)), today);
    plan.reRegistrations = [];
    plan.deferrals = [];
    const registration = plan.registration!;
    plan.registration = { ...registration, level: registration.level ?? levelFor(random, registration.title), aspirant: false, aspirantUntil: null, fullRegistrationOn: null, deregisteredOn: null };
    plan.completions = plan.completions.filter((completion) => isBefore(completion.on, addMonths(today, -months)));
    plans.push(plan);
  }
  for (let index = 0; index < NOT_REGISTERED; index += 1) {
    const enrolledOn = randomDate(random, '2014-02-03' as CalendarDate, addDays(today, -14));
    const plan: LeaderPlan = { enrolledOn, function: functionFor(random, null), registration: null, reRegistrations: [], deferrals: [], completions: [] };
    // Some missed the 1 January 2018 deadline and asked for deferral.
    if (isBefore(enrolledOn, '2017-09-01' as CalendarDate) && index % 4 === 0) {
      const requestedOn = randomDate(random, '2017-10-02' as CalendarDate, '2017-12-20' as CalendarDate);
      const granted = index % 3 !== 0;
      const requestedDate = '2018-09-01' as CalendarDate;
      plan.deferrals.push({
        kind: 'registratie',
        reason: granted ? 'opleiding' : 'persoonlijk',
        requestedOn,
        requestedDate,
        decision: granted ? 'toegekend' : 'afgewezen',
        decidedOn: nextCommitteeDate(addDays(requestedOn, 7)),
        newDate: granted ? requestedDate : null,
      });
    }
    plans.push(plan);
  }
  for (const plan of plans) plan.completions = oncePerThemeAndYear(plan.completions);
  return buildPopulation(plans, { seed: 2026, firstRegisterNumber: 2_000_001, firstBoardNumber: 70_001, boardCount: 14, boardsStaffedOn: today });
}

function registeredLeader(random: Random, registeredOn: CalendarDate, today: CalendarDate): LeaderPlan {
  const title: RegistrationTitle = random() < 0.82 ? 'RDO' : 'RADO';
  const plan: LeaderPlan = {
    enrolledOn: randomDate(random, addMonths(registeredOn, -8), addMonths(registeredOn, -1)),
    function: functionFor(random, title),
    registration: { title, level: levelFor(random, title), aspirant: false, aspirantUntil: null, registeredOn, fullRegistrationOn: null, deregisteredOn: null },
    reRegistrations: [],
    deferrals: [],
    completions: [],
  };
  const registration = plan.registration!;
  let periodStart = registeredOn;
  // Aspirants (since 2016): still in their programme, or fully registered at its end.
  if (registeredOn >= '2016-01-01' && random() < 0.14) {
    registration.aspirant = true;
    registration.aspirantUntil = addMonths(registeredOn, randomInt(random, 18, 30));
    if (title === 'RADO' || random() < 0.5) registration.level = null;
    const fullOn = nextCommitteeDate(addMonths(registration.aspirantUntil, -2));
    if (isBefore(fullOn, addMonths(today, -1))) {
      registration.fullRegistrationOn = fullOn;
      registration.level = levelFor(random, title);
      periodStart = fullOn;
    } else return withProgress(random, plan, periodStart, today);
  }

  // Walk the four-year periods up to today (no drift: the next due date is the previous one + 4 years).
  let due = addYears(periodStart, 4);
  const earlyRegistrant = EARLY_REGISTRANT_YEARS.includes(Number(periodStart.slice(0, 4))) && !registration.aspirant;
  let deferred = false;
  while (isBefore(addMonths(due, -4), today)) {
    const behaviour = random();
    // Early registrants may defer their first due date (≤ 2 years); others now and then for a grounded reason.
    const early = earlyRegistrant && plan.reRegistrations.length === 0;
    if (!deferred && (early ? behaviour < 0.3 : behaviour < 0.03)) {
      const requestedOn = addMonths(due, -randomInt(random, 3, 6));
      const decidedOn = nextCommitteeDate(addDays(requestedOn, 7));
      if (!isBefore(decidedOn, today)) break;
      const requestedDate = addYears(due, early ? 2 : 1);
      const partly = random() < 0.1;
      const newDate = partly ? addYears(due, 1) : requestedDate;
      plan.deferrals.push({
        kind: 'herregistratie',
        reason: early ? 'vroege_registratie' : 'gegronde_reden',
        requestedOn,
        requestedDate,
        decision: partly ? 'deels' : 'toegekend',
        decidedOn,
        newDate,
      });
      due = newDate;
      deferred = true;
      continue;
    }
    if (behaviour > 0.95) break; // did not re-register (yet): CONDITIONAL or EXPIRED today
    const approvedOn = nextCommitteeDate(behaviour > 0.78 ? addMonths(due, randomInt(random, 1, 4)) : addMonths(due, -randomInt(random, 1, 4)));
    if (!isBefore(approvedOn, today)) break;
    const route = registration.title === 'RADO' && registration.level === 'BASISBEKWAAM' && random() < 0.3 ? 'vakbekwaam' : random() < 0.08 ? 'master' : 'themas';
    if (route === 'themas') plan.completions.push(...themesFor(random, addDays(periodStart, 1), approvedOn, 3));
    plan.reRegistrations.push({ approvedOn, route });
    periodStart = approvedOn;
    due = addYears(due, 4);
    deferred = false;
  }
  if (random() < 0.07) {
    registration.deregisteredOn = randomDate(random, addMonths(registeredOn, 6), maxDate(addMonths(registeredOn, 7), addDays(today, -7)));
    if (!isBefore(registration.deregisteredOn, today)) registration.deregisteredOn = null;
    plan.completions = plan.completions.filter((completion) => registration.deregisteredOn === null || isBefore(completion.on, registration.deregisteredOn));
    plan.reRegistrations = plan.reRegistrations.filter((reRegistration) => registration.deregisteredOn === null || isBefore(reRegistration.approvedOn, registration.deregisteredOn));
    return plan;
  }
  return withProgress(random, plan, periodStart, today);
}

/** Themes completed toward the next re-registration (0–2 so far). */
function withProgress(random: Random, plan: LeaderPlan, periodStart: CalendarDate, today: CalendarDate): LeaderPlan {
  const count = pickWeighted(random, [40, 35, 25]);
  const from = addDays(periodStart, 1);
  if (count > 0 && isBefore(from, today)) plan.completions.push(...themesFor(random, from, addDays(today, -1), count));
  return plan;
}

/** `count` distinct themes in [from, until], formal from 2015, one informal now and then once informal validation existed. */
function themesFor(random: Random, from: CalendarDate, until: CalendarDate, count: number): PlannedCompletion[] {
  const start = isAfter(maxDate(from, FORMAL_FROM), until) ? from : maxDate(from, FORMAL_FROM);
  const informal = !isBefore(until, INFORMAL_FROM) && random() < 0.3 ? 1 : 0;
  return themeCompletions(random, count, informal, start, until);
}

/** The old register kept one formal completion per leader, theme and year (the import refuses a second): keep the first. */
function oncePerThemeAndYear(completions: readonly PlannedCompletion[]): PlannedCompletion[] {
  const seen = new Set<string>();
  return completions.filter((completion) => {
    const key = `${completion.theme}|${completion.route}|${completion.on.slice(0, 4)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
