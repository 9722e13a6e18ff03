import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { assertId } from '../../database/row-lock';
import { PageArgs } from '../../shared/paging';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { BoardService } from './board.service';
import { BoardConnectionType, BoardInput, BoardType } from './board.types';

/** Staff keep the school boards: find, add, rename. The public list is `boards` (names and ids only). */
@Resolver(() => BoardType)
export class BoardResolver {
  @Authorized(Role.STAFF)
  @Query(() => BoardConnectionType, { description: 'School boards by name with their number and city (staff only); `query` matches words of the name, number or city.' })
  staffBoards(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('query', () => String, { nullable: true }) query: string | null,
  ): Promise<BoardConnectionType> {
    return new BoardService(ctx.dataSource, ctx.account as Account).list({ ...page, query });
  }

  @Authorized(Role.STAFF)
  @Mutation(() => BoardType, { description: 'Adds a school board (its five-digit DUO number is unique).' })
  createBoard(@Ctx() ctx: RequestContext, @Arg('input', () => BoardInput) input: BoardInput): Promise<BoardType> {
    return new BoardService(ctx.dataSource, ctx.account as Account).create(input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => BoardType, { description: 'Renames or corrects a board (optimistic locking on `version`); the name is public, the change audited.' })
  updateBoard(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => BoardInput) input: BoardInput,
  ): Promise<BoardType> {
    assertId(id, 'id');
    return new BoardService(ctx.dataSource, ctx.account as Account).update(id, version, input);
  }
}
