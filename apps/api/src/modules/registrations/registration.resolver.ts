import { todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { assertId } from '../../database/row-lock';
import { DateScalar } from '../../schema/date.scalar';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { LeaderProfileService } from '../leaders/leader-profile.service';
import { LeaderProfileType } from '../leaders/leader.types';
import { deregister } from './deregistration.service';

@Resolver()
export class RegistrationResolver {
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
