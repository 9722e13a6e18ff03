import { todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { assertId } from '../../database/row-lock';
import { DateScalar } from '../../schema/date.scalar';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { deregister } from '../registrations/deregistration.service';
import { LeaderProfileService } from './leader-profile.service';
import { LeaderProfileType } from './leader.types';

/** Deregistration answers with the leader's profile, so it lives above both the registrations and the leaders' profiles. */
@Resolver()
export class DeregistrationResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => LeaderProfileType, { description: 'Deregisters (uitschrijven) a registration from a date, with the reason.' })
  async deregister(
    @Ctx() ctx: RequestContext,
    @Arg('registrationId', () => ID) registrationId: string,
    @Arg('version', () => Int) version: number,
    @Arg('on', () => DateScalar) on: CalendarDate,
    @Arg('reason', () => String) reason: string,
  ): Promise<LeaderProfileType> {
    assertId(registrationId, 'registrationId');
    const today = todayInAmsterdam(new Date());
    const registration = await deregister(ctx.dataSource, ctx.account as Account, today, { registrationId, version, on, reason });
    return (await new LeaderProfileService(ctx.dataSource, today).profile(registration.leaderId)) as LeaderProfileType;
  }
}
