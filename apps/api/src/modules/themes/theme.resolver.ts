import { isActiveOn, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { DateScalar } from '../../schema/date.scalar';
import { Public } from '../../schema/public.decorator';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { ThemeCatalogueService } from './theme-catalogue.service';
import { ThemeService } from './theme.service';
import { CatalogueItemInput, NewSubthemeInput, NewThemeInput, SubthemeType, ThemeType } from './theme.types';

function catalogue(ctx: RequestContext): ThemeCatalogueService {
  return new ThemeCatalogueService(ctx.dataSource, ctx.account as Account, todayInAmsterdam(new Date()));
}

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

  @Authorized(Role.STAFF)
  @Mutation(() => ThemeType, { description: 'Adds a theme to the catalogue, valid from its start date (today or later).' })
  addTheme(@Ctx() ctx: RequestContext, @Arg('input', () => NewThemeInput) input: NewThemeInput): Promise<ThemeType> {
    return catalogue(ctx).addTheme(input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => ThemeType, { description: 'Changes a theme’s name, description or dates; an end date retires it. Its code never changes.' })
  updateTheme(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => CatalogueItemInput) input: CatalogueItemInput,
  ): Promise<ThemeType> {
    return catalogue(ctx).updateTheme(id, version, input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => SubthemeType, { description: 'Adds a subtheme to a theme, inside the theme’s validity.' })
  addSubtheme(
    @Ctx() ctx: RequestContext,
    @Arg('themeId', () => ID) themeId: string,
    @Arg('input', () => NewSubthemeInput) input: NewSubthemeInput,
  ): Promise<SubthemeType> {
    return catalogue(ctx).addSubtheme(themeId, input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => SubthemeType, { description: 'Changes a subtheme’s name, description or dates; an end date retires it.' })
  updateSubtheme(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => CatalogueItemInput) input: CatalogueItemInput,
  ): Promise<SubthemeType> {
    return catalogue(ctx).updateSubtheme(id, version, input);
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
