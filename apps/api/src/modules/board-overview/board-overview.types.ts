import type { CalendarDate, RegistrationStatus as RegistrationStatusValue } from '@srpo/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../schema/date.scalar';
import { RegistrationStatus } from '../../schema/domain-enums';

@ObjectType('BoardStatusCount', { description: "How many of a board's current leaders have a status today." })
export class BoardStatusCountType {
  @Field(() => RegistrationStatus)
  status: RegistrationStatusValue;

  @Field(() => Int, { description: 'Leaders with this status today, aspirants included (boardLeaders(status: [status]) lists them).' })
  count: number;

  @Field(() => Int, { description: 'How many of them are aspirants (boardLeaders(status: [status], aspirant: true)).' })
  aspirants: number;
}

@ObjectType('BoardDueCount', { description: 'Re-registrations of the board that fall due within a number of months.' })
export class BoardDueCountType {
  @Field(() => Int, { description: 'The window: 6 or 12 months from today.' })
  months: number;

  @Field(() => DateScalar, { description: 'The last due date inside the window (today + months, end of month clamped).' })
  dueOnOrBefore: CalendarDate;

  @Field(() => Int, {
    description: 'Full registrations, ACTIVE today, whose re-registration is due on or before dueOnOrBefore (boardLeaders(status: [ACTIVE], aspirant: false, dueBefore: dueOnOrBefore)).',
  })
  count: number;
}

@ObjectType('BoardOverview', { description: "A board's counts today: its current leaders per status and re-registrations falling due." })
export class BoardOverviewType {
  @Field(() => DateScalar, { description: 'The day counted (today in Amsterdam).' })
  asOf: CalendarDate;

  @Field(() => Int, { description: 'Leaders who work at the board today (an employment that has started and not ended).' })
  leaders: number;

  @Field(() => Int, { description: 'Of them, leaders not in the register today (enrolled without a registration).' })
  notRegistered: number;

  @Field(() => [BoardStatusCountType], { description: 'One row per status: ACTIVE, CONDITIONAL, EXPIRED, DEREGISTERED.' })
  byStatus: BoardStatusCountType[];

  @Field(() => [BoardDueCountType], { description: 'Re-registrations due within 6 and within 12 months.' })
  dueWithin: BoardDueCountType[];
}

@ObjectType('ReRegistrationThemeCount', { description: 'Themes completed in the current period toward the re-registration requirement ("2 van 3").' })
export class ReRegistrationThemeCountType {
  @Field(() => Int, { description: 'Completed themes that count toward the requirement (at most `required`).' })
  completed: number;

  @Field(() => Int)
  required: number;
}
