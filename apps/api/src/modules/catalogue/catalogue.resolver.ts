import { todayInAmsterdam } from '@srpo/domain';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Public } from '../../schema/public.decorator';
import { CatalogueService } from './catalogue.service';
import { OfferingConnectionType } from './catalogue.types';

@Resolver()
export class CatalogueResolver {
  @Public()
  @Query(() => OfferingConnectionType, {
    description:
      'The catalogue of offerings certified today, by title: with their certified themes and subthemes, period, owner and upcoming executions. `themeCode` also matches offerings certified for a subtheme of that theme.',
  })
  certifiedOfferings(
    @Ctx() ctx: RequestContext,
    @Arg('themeCode', () => String, { nullable: true }) themeCode?: string | null,
    @Arg('query', () => String, { nullable: true, description: 'Words in title, description or owner name.' }) query?: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1..100 (default 20).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<OfferingConnectionType> {
    return new CatalogueService(ctx.dataSource).certifiedOfferings({ themeCode, query, first, after }, todayInAmsterdam(new Date()));
  }
}
