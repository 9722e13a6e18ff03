import { todayInAmsterdam, type CalendarDate, type RegistrationStatus, type RegistrationTitle } from '@srpo/domain';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { DateScalar } from '../../schema/date.scalar';
import { RegistrationStatus as RegistrationStatusEnum, RegistrationTitle as RegistrationTitleEnum } from '../../schema/domain-enums';
import { Public } from '../../schema/public.decorator';
import { PublicRegisterService } from './public-register.service';
import {
  PublicBoardConnectionType,
  PublicRegistrationConnectionType,
  PublicRegistrationLookupType,
  PublicRegistrationType,
  PublicSchoolConnectionType,
} from './public-register.types';

@Resolver()
export class PublicRegisterResolver {
  @Public()
  @Query(() => PublicRegistrationType, {
    nullable: true,
    description:
      'The public entry of a register number on a date ("was this leader registered on that day?"). Null when the number is unknown or was not registered on that date; `publicRegistrationLookup` tells these two apart. A date after today is refused (BAD_USER_INPUT, reason DATE_IN_FUTURE): the register tells how a registration is or was, not how it will be.',
  })
  publicRegistration(
    @Ctx() ctx: RequestContext,
    @Arg('registerNumber', () => String) registerNumber: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Default: today (Europe/Amsterdam). Today or earlier; a later date is refused.' })
    asOf?: CalendarDate | null,
  ): Promise<PublicRegistrationType | null> {
    return new PublicRegisterService(ctx.dataSource).findByRegisterNumber(registerNumber, asOf, todayInAmsterdam(new Date()));
  }

  @Public()
  @Query(() => PublicRegistrationLookupType, {
    description:
      'Looks up a register number on a date: `outcome` is REGISTERED (with the entry), NOT_REGISTERED_ON_DATE (a known number, not registered on that date) or UNKNOWN_REGISTER_NUMBER.',
  })
  publicRegistrationLookup(
    @Ctx() ctx: RequestContext,
    @Arg('registerNumber', () => String) registerNumber: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Default: today (Europe/Amsterdam). Today or earlier; a later date is refused.' })
    asOf?: CalendarDate | null,
  ): Promise<PublicRegistrationLookupType> {
    return new PublicRegisterService(ctx.dataSource).lookup(registerNumber, asOf, todayInAmsterdam(new Date()));
  }

  @Public()
  @Query(() => [PublicRegistrationType], {
    nullable: 'items',
    description: 'Bulk check of up to 100 register numbers on a date: same order as asked, null for unknown numbers or not registered on that date.',
  })
  publicRegistrations(
    @Ctx() ctx: RequestContext,
    @Arg('registerNumbers', () => [String]) registerNumbers: string[],
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Default: today (Europe/Amsterdam). Today or earlier; a later date is refused.' })
    asOf?: CalendarDate | null,
  ): Promise<(PublicRegistrationType | null)[]> {
    return new PublicRegisterService(ctx.dataSource).findByRegisterNumbers(registerNumbers, asOf, todayInAmsterdam(new Date()));
  }

  @Public()
  @Query(() => PublicBoardConnectionType, {
    description: 'Public school boards (names and ids) by name, for `searchRegister(boardId: …)`. `query` matches words of the name, accent- and case-insensitive.',
  })
  boards(
    @Ctx() ctx: RequestContext,
    @Arg('query', () => String, { nullable: true }) query?: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1..100 (default 20).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PublicBoardConnectionType> {
    return new PublicRegisterService(ctx.dataSource).boards({ query, first, after });
  }

  @Public()
  @Query(() => PublicSchoolConnectionType, { description: 'The schools of a board (public names and ids), by name; an unknown board has none.' })
  boardSchools(
    @Ctx() ctx: RequestContext,
    @Arg('boardId', () => ID) boardId: string,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1..100 (default 20).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PublicSchoolConnectionType> {
    return new PublicRegisterService(ctx.dataSource).boardSchools({ boardId, first, after });
  }

  @Public()
  @Query(() => PublicRegistrationConnectionType, {
    description:
      'Searches the register by name or register number (accent- and case-insensitive; every word must match), sorted by surname. Without a status filter, deregistered entries are left out.',
  })
  searchRegister(
    @Ctx() ctx: RequestContext,
    @Arg('query', () => String, { nullable: true }) query?: string | null,
    @Arg('status', () => [RegistrationStatusEnum], { nullable: true }) status?: RegistrationStatus[] | null,
    @Arg('title', () => [RegistrationTitleEnum], { nullable: true }) title?: RegistrationTitle[] | null,
    @Arg('boardId', () => ID, { nullable: true }) boardId?: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1..100 (default 20).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PublicRegistrationConnectionType> {
    return new PublicRegisterService(ctx.dataSource).search(
      { query, status, title, boardId, first, after },
      todayInAmsterdam(new Date()),
    );
  }
}
