import { addYears, certificationOn, type CalendarDate } from '@srpo/domain';
import { In, MoreThanOrEqual, type DataSource } from 'typeorm';
import { checkPageSize, decodeOffsetCursor, encodeOffsetCursor } from '../../database/offset-cursor';
import { forwardPageInfo } from '../../schema/connection';
import { Offering, OfferingExecution } from '../offerings/offering.entity';
import { Board } from '../organisations/board.entity';
import { Provider } from '../providers/provider.entity';
import { groupBy } from '../registrations/registration.loaders';
import { loadOfferingCredits, loadThemeCatalogue } from '../theme-progress/theme-evidence';
import type { OfferingConnectionType, PublicOfferingType } from './catalogue.types';

export interface CatalogueSearch {
  themeCode?: string | null;
  query?: string | null;
  first?: number | null;
  after?: string | null;
}

const CERTIFIED_ON = `EXISTS (SELECT 1 FROM certification c WHERE c.offering_id = o.id AND c.outcome = 'CERTIFIED' AND c.valid_from <= $1 AND c.valid_until >= $1 %SCOPE%)`;

/** The public catalogue of offerings certified today; every page loads in a fixed number of queries. */
export class CatalogueService {
  constructor(private readonly dataSource: DataSource) {}

  async certifiedOfferings(input: CatalogueSearch, today: CalendarDate): Promise<OfferingConnectionType> {
    const first = checkPageSize(input.first, 20, 100);
    const offset = decodeOffsetCursor(input.after);
    const params: unknown[] = [today];
    let scope = '';
    if (input.themeCode?.trim()) {
      params.push(input.themeCode.trim());
      scope = `AND EXISTS (SELECT 1 FROM certification_scope s
                 LEFT JOIN theme t ON t.id = s.theme_id
                 LEFT JOIN subtheme st ON st.id = s.subtheme_id LEFT JOIN theme pt ON pt.id = st.theme_id
                WHERE s.certification_id = c.id AND (t.code = $${params.length} OR pt.code = $${params.length}))`;
    }
    // A legacy offering only carries the old register's completions (legacy import); nobody can take it.
    const conditions = ['NOT o.legacy', CERTIFIED_ON.replace('%SCOPE%', scope)];
    for (const word of (input.query ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8)) {
      params.push(`%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
      conditions.push(`(o.title ILIKE $${params.length} OR o.description ILIKE $${params.length} OR coalesce(p.name, b.name) ILIKE $${params.length})`);
    }
    const from = `offering o LEFT JOIN provider p ON p.id = o.provider_id LEFT JOIN board b ON b.id = o.board_id WHERE ${conditions.join(' AND ')}`;
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query(`SELECT o.id FROM ${from} ORDER BY o.title, o.id OFFSET $${params.length + 1} LIMIT $${params.length + 2}`, [...params, offset, first + 1]) as Promise<{ id: string }[]>,
      this.dataSource.query(`SELECT count(*)::int AS count FROM ${from}`, params) as Promise<[{ count: number }]>,
    ]);
    const ids = rows.slice(0, first).map((row) => row.id);
    const nodes = await this.nodes(ids, today);
    const edges = nodes.map((node, index) => ({ node, cursor: encodeOffsetCursor(offset + index + 1) }));
    return { edges, totalCount: count, pageInfo: forwardPageInfo(edges, rows.length > first, offset > 0) };
  }

  private async nodes(ids: string[], today: CalendarDate): Promise<PublicOfferingType[]> {
    if (ids.length === 0) return [];
    const offerings = await this.dataSource.getRepository(Offering).findBy({ id: In(ids) });
    const catalogue = await loadThemeCatalogue(this.dataSource);
    const credits = await loadOfferingCredits(this.dataSource, ids, catalogue);
    const executions = groupBy(
      // Upcoming executions, and those of the past year (leaders submit certificates for them).
      await this.dataSource
        .getRepository(OfferingExecution)
        .find({ where: { offeringId: In(ids), endsOn: MoreThanOrEqual(addYears(today, -1)) }, order: { startsOn: 'ASC' } }),
      (execution) => execution.offeringId,
    );
    const providerIds = offerings.flatMap((o) => (o.providerId ? [o.providerId] : []));
    const boardIds = offerings.flatMap((o) => (o.boardId ? [o.boardId] : []));
    const providers = providerIds.length ? await this.dataSource.getRepository(Provider).findBy({ id: In(providerIds) }) : [];
    const boards = boardIds.length ? await this.dataSource.getRepository(Board).findBy({ id: In(boardIds) }) : [];
    const themeByCode = new Map(catalogue.themes.map((theme) => [theme.code, theme]));
    const subthemeByCode = new Map([...catalogue.subthemeById.values()].map((subtheme) => [subtheme.code, subtheme]));
    const byId = new Map(offerings.map((offering) => [offering.id, offering]));

    return ids.flatMap((id) => {
      const offering = byId.get(id);
      const offeringCredits = credits.get(id) ?? [];
      const inForce = certificationOn(offeringCredits.map((credit) => credit.certification), today);
      const credit = offeringCredits.find((candidate) => candidate.certification === inForce);
      if (!offering || !credit || !inForce?.validFrom || !inForce.validUntil) return [];
      const provider = providers.find((candidate) => candidate.id === offering.providerId);
      const board = boards.find((candidate) => candidate.id === offering.boardId);
      return [
        {
          id,
          title: offering.title,
          kind: offering.kind,
          leadsToLevel: offering.leadsToLevel,
          description: offering.description,
          hours: offering.hours,
          learningGoals: offering.learningGoals,
          programme: offering.programme,
          priceCents: offering.priceCents,
          owner: provider ? { name: provider.name, website: provider.website } : { name: board?.name ?? '', website: null },
          certifiedFrom: inForce.validFrom,
          certifiedUntil: inForce.validUntil,
          themes: credit.themeCodes.map((code) => ({ code, name: themeByCode.get(code)?.name ?? code })),
          subthemes: credit.subthemeCodes.map((code) => ({ code, name: subthemeByCode.get(code)?.name ?? code })),
          upcomingExecutions: publicExecutions((executions.get(id) ?? []).filter((execution) => execution.endsOn >= today)),
          recentExecutions: publicExecutions((executions.get(id) ?? []).filter((execution) => execution.endsOn < today)).reverse(),
        },
      ];
    });
  }
}

function publicExecutions(executions: readonly OfferingExecution[]) {
  return executions.map(({ id, startsOn, endsOn, location, online, capacity }) => ({ id, startsOn, endsOn, location, online, capacity }));
}
