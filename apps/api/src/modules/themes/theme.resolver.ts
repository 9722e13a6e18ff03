import { isActiveOn, type CalendarDate } from '@srpo/domain';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { DateScalar } from '../../schema/date.scalar';
import { Public } from '../../schema/public.decorator';
import { ThemeService } from './theme.service';
import { SubthemeType, ThemeType } from './theme.types';

@Resolver(() => ThemeType)
export class ThemeResolver {
  @Public()
  @Query(() => [ThemeType], {
    description:
      'The theme catalogue in its fixed order. With `activeOn`, only themes valid on that date.',
  })
  themes(
    @Ctx() ctx: RequestContext,
    @Arg('activeOn', () => DateScalar, { nullable: true, description: 'Only themes valid on this date.' })
    activeOn?: CalendarDate | null,
  ): Promise<ThemeType[]> {
    return new ThemeService(ctx.dataSource).listThemes(activeOn ?? undefined);
  }

  @FieldResolver(() => [SubthemeType], {
    description: 'Subthemes in catalogue order; formal completions covering all of them complete the theme.',
  })
  async subthemes(
    @Root() theme: ThemeType,
    @Ctx() ctx: RequestContext,
    @Arg('activeOn', () => DateScalar, { nullable: true, description: 'Only subthemes valid on this date.' })
    activeOn?: CalendarDate | null,
  ): Promise<SubthemeType[]> {
    const subthemes = await ctx.loaders.themes.subthemesByThemeId.load(theme.id);
    return activeOn ? subthemes.filter((subtheme) => isActiveOn(subtheme, activeOn)) : subthemes;
  }
}
