import { Arg, Args, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { PageArgs } from '../../shared/paging';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { EmailStatus } from './email-outbox.entity';
import { LetterService } from './letter.service';
import { LetterConnectionType, OutboxEmailConnectionType, toLetterPage } from './letter.types';

@Resolver()
export class LetterResolver {
  @Authorized(Role.LEADER)
  @Query(() => LetterConnectionType, { description: 'The signed-in school leader’s letters, newest first.' })
  async myLetters(@Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<LetterConnectionType> {
    return toLetterPage(await new LetterService(ctx.dataSource).lettersForAccount((ctx.account as Account).id, page));
  }

  @Authorized(Role.STAFF)
  @Query(() => LetterConnectionType, { description: 'A school leader’s letters, newest first (staff only).' })
  async letters(@Ctx() ctx: RequestContext, @Arg('leaderId', () => ID) leaderId: string, @Args(() => PageArgs) page: PageArgs): Promise<LetterConnectionType> {
    return toLetterPage(await new LetterService(ctx.dataSource).lettersForLeader(leaderId, page));
  }

  @Authorized(Role.STAFF)
  @Query(() => OutboxEmailConnectionType, { description: 'The e-mail outbox, newest first, optionally by status (staff only).' })
  emailOutbox(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => [EmailStatus], { nullable: true }) status: EmailStatus[] | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1..200 (default 50).' }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<OutboxEmailConnectionType> {
    return new LetterService(ctx.dataSource).outbox({ status, first, after });
  }
}
