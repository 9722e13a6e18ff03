import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { assertId } from '../../database/row-lock';
import { AppError } from '../../http/errors';
import { Role } from '../accounts/role';
import { LeaderProfileType } from '../leaders/leader.types';
import { queueLegacyImportPass } from './legacy-import.queue';
import { findLegacyImport, legacyImportRows, legacyOriginOf } from './legacy-import.read';
import { LegacyImportService, type LegacyImportPass } from './legacy-import.service';
import { LegacyImportPassValue, LegacyImportRowPageType, LegacyImportType, LegacyOriginType, LegacyRowOutcome } from './legacy-import.types';

@Resolver()
export class LegacyImportResolver {
  @Authorized(Role.STAFF)
  @Query(() => LegacyImportType, { description: 'A legacy import of the old register, with its progress and reports (the page polls it).' })
  legacyImport(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<LegacyImportType> {
    assertId(id, 'id');
    return findLegacyImport(ctx.dataSource, id);
  }

  @Authorized(Role.STAFF)
  @Query(() => LegacyImportRowPageType, { description: "A page of a pass's per-row report, e.g. the refused rows with their reasons." })
  legacyImportRows(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('pass', () => LegacyImportPassValue) pass: LegacyImportPass,
    @Arg('outcome', () => LegacyRowOutcome, { nullable: true }) outcome: string | null,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): Promise<LegacyImportRowPageType> {
    assertId(id, 'id');
    if (first < 1 || first > 100) throw new AppError('BAD_USER_INPUT', 'Vraag 1 tot en met 100 rijen per pagina op.', { field: 'first' });
    if (offset < 0) throw new AppError('BAD_USER_INPUT', 'De positie kan niet negatief zijn.', { field: 'offset' });
    return legacyImportRows(ctx.dataSource, { id, pass, outcome: outcome ?? null, first, offset });
  }

  @Authorized(Role.STAFF)
  @Mutation(() => LegacyImportType, { description: 'Starts the dry run of an uploaded import in the background: what each row would do; nothing is stored.' })
  async checkLegacyImport(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<LegacyImportType> {
    return this.start(ctx, id, 'DRY_RUN');
  }

  @Authorized(Role.STAFF)
  @Mutation(() => LegacyImportType, { description: 'Starts the run of an import whose dry run is done: the same decisions, now stored (once).' })
  async runLegacyImport(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<LegacyImportType> {
    return this.start(ctx, id, 'RUN');
  }

  private async start(ctx: RequestContext, id: string, pass: LegacyImportPass): Promise<LegacyImportType> {
    assertId(id, 'id');
    await findLegacyImport(ctx.dataSource, id);
    await new LegacyImportService(ctx.dataSource).advance(id, pass);
    await queueLegacyImportPass(ctx.dataSource, { importId: id, pass });
    return findLegacyImport(ctx.dataSource, id);
  }
}

@Resolver(() => LeaderProfileType)
export class LeaderLegacyOriginResolver {
  @Authorized(Role.STAFF, Role.COMMITTEE)
  @FieldResolver(() => LegacyOriginType, { nullable: true, description: 'Staff: when this leader was taken over from the old register; null for leaders of this register.' })
  legacyOrigin(@Root() leader: LeaderProfileType, @Ctx() ctx: RequestContext): Promise<LegacyOriginType | null> {
    return legacyOriginOf(ctx.dataSource, 'school_leader', leader.id);
  }
}
