import type { CalendarDate, RegistrationStatus as Status, RegistrationTitle as Title } from '@srpo/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../schema/date.scalar';
import { RegistrationStatus, RegistrationTitle } from '../../schema/domain-enums';
import { ThemeType } from '../themes/theme.types';

// The register's figures on a date (DESIGN §5, the annual report of seed 000). Each description is the
// figure's definition; the README's "Register statistics" section repeats them.

@ObjectType('TitleCount', { description: 'Registered leaders (status ACTIVE, CONDITIONAL or EXPIRED on the date) with one title, aspirant or not.' })
export class TitleCountType {
  @Field(() => RegistrationTitle)
  title: Title;

  @Field(() => Boolean, { description: 'Aspirant RDO / aspirant RADO (true) or the full title (false), as the register shows it on the date.' })
  aspirant: boolean;

  @Field(() => Int)
  count: number;
}

@ObjectType('StatusCount', { description: 'Leaders whose public entry has this status on the date.' })
export class StatusCountType {
  @Field(() => RegistrationStatus)
  status: Status;

  @Field(() => Int)
  count: number;
}

@ObjectType('DeferralCounts', { description: 'Deferral requests of one kind (DESIGN §3.7), counted in leaders up to and including the date.' })
export class DeferralCountsType {
  @Field(() => Int, { description: '"Uitstel gevraagd": leaders with at least one request of this kind submitted (requested_on) on or before the date, whatever its outcome.' })
  requested: number;

  @Field(() => Int, {
    description:
      '"Uitstel gehonoreerd": leaders with at least one request of this kind granted fully or partly by a decision dated on or before the date. A request decided after the date is requested, not granted.',
  })
  granted: number;
}

@ObjectType('ThemeCompletionCount', {
  description:
    'Leaders who completed one theme, per route, up to and including the date, by the domain’s theme-completion rule (DESIGN §3.4) over all their evidence (not only the current period).',
})
export class ThemeCompletionCountType {
  @Field(() => ThemeType)
  theme: ThemeType;

  @Field(() => Int, {
    description:
      'Leaders for whom counted formal completions (recorded or verified, inside the offering’s certification period) dated on or before the date complete the theme: an offering certified for the whole theme, or offerings that together cover all its subthemes (completed on the date of the last subtheme).',
  })
  formal: number;

  @Field(() => Int, { description: 'Leaders with an informal validation of the theme (portfolio or peer validation) dated on or before the date.' })
  informal: number;
}

@ObjectType('MonthlyRegistrations', { description: 'Registrations in one calendar month (Europe/Amsterdam dates).' })
export class MonthlyRegistrationsType {
  @Field(() => DateScalar, { description: 'First day of the month.' })
  month: CalendarDate;

  @Field(() => Int, {
    description: 'Leaders who entered the register that month (up to the asked date in its own month): the first day their public entry exists; a leader who registers again after deregistration is not new.',
  })
  registered: number;

  @Field(() => Int, { description: '`registeredLeaders` on the last day of the month, or on the asked date for its own month.' })
  registeredTotal: number;
}

@ObjectType('RegisterStatistics', {
  description:
    'The register’s figures on a date (the annual report’s table), computed from history: state figures are the state on `asOf` as the public register showed it then, using only facts decided by that date (a deferral granted later does not count); event figures count everything up to and including `asOf`.',
})
export class RegisterStatisticsType {
  @Field(() => DateScalar, { description: 'The date the figures are for.' })
  asOf: CalendarDate;

  @Field(() => Int, {
    description: '"Ingeschreven schoolleiders": leaders enrolled (ingeschreven) on or before the date whose public entry is not DEREGISTERED on the date (leaders enrolled without a registration count).',
  })
  enrolledLeaders: number;

  @Field(() => Int, {
    description: '"Aangemelde besturen": school boards that employ at least one of the `enrolledLeaders` on the date (an employment whose start is on or before the date and whose end, if any, is on or after it).',
  })
  enrolledBoards: number;

  @Field(() => Int, {
    description: '"Schoolleiders met basiskwalificaties": leaders in the public register on the date, i.e. status ACTIVE, CONDITIONAL or EXPIRED (aspirants included); the sum of `byTitle`, and what `searchRegister` counts without a status filter.',
  })
  registeredLeaders: number;

  @Field(() => [TitleCountType], { description: 'The `registeredLeaders` by title and aspirant flag: always four rows (RDO, RADO, aspirant RDO, aspirant RADO).' })
  byTitle: TitleCountType[];

  @Field(() => [StatusCountType], {
    description: 'Leaders by the status of their public entry on the date: always four rows (ACTIVE, CONDITIONAL "onder voorwaarden", EXPIRED "verlopen", DEREGISTERED "uitgeschreven").',
  })
  byStatus: StatusCountType[];

  @Field(() => Int, { description: '"Geherregistreerd": leaders with at least one re-registration approved on or before the date.' })
  reRegisteredLeaders: number;

  @Field(() => DeferralCountsType, { description: 'Deferral requests for the initial registration (deadline 1 January 2018).' })
  initialDeferrals: DeferralCountsType;

  @Field(() => DeferralCountsType, { description: 'Deferral requests for re-registration.' })
  reRegistrationDeferrals: DeferralCountsType;

  @Field(() => Int, { description: 'Leaders with at least one theme completed by the formal route on or before the date (see `themeCompletions.formal`).' })
  leadersWithFormalThemeCompletion: number;

  @Field(() => Int, { description: 'Leaders with at least one theme completed by the informal route on or before the date (see `themeCompletions.informal`).' })
  leadersWithInformalThemeCompletion: number;

  @Field(() => [ThemeCompletionCountType], { description: 'Per theme of the catalogue (in its order, retired themes included), the leaders who completed it by each route.' })
  themeCompletions: ThemeCompletionCountType[];

  // registrationsPerMonth is a field resolver with an argument (see the resolver).
}
