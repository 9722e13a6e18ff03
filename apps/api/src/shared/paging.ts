import { PAGE_SIZE } from '@srpo/domain';
import DataLoader from 'dataloader';
import { ArgsType, Field, Int } from 'type-graphql';
import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { checkPageSize } from '../database/offset-cursor';
import { isUuid } from '../database/row-lock';
import { AppError } from '../http/errors';
import { forwardPageInfo, type Connection } from '../schema/connection';

/** Page size bounds of every paged list of the API (`first`). */
export const DEFAULT_PAGE_SIZE = PAGE_SIZE.default;
export const MAX_PAGE_SIZE = PAGE_SIZE.max;

/** `first` and `after` of a forward Relay connection; every paged list field takes these two. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1..${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string | null;
}

/** `first` within 1..100 (default 20), else BAD_USER_INPUT. */
export function pageSizeOf(first: number | null | undefined): number {
  return checkPageSize(first, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
}

/** An opaque cursor naming the last row of a page (its UUID); the sort key is read back from that row. */
export function encodeRowCursor(id: string): string {
  return Buffer.from(`row:${id}`).toString('base64url');
}

/** The row id inside a cursor from {@link encodeRowCursor}; BAD_USER_INPUT for anything else. */
export function decodeRowCursor(cursor: string): string {
  const match = /^row:(.{36})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1] || !isUuid(match[1])) {
    throw new AppError('BAD_USER_INPUT', 'Ongeldige cursor: gebruik een `endCursor` uit een eerder antwoord.', { field: 'after' });
  }
  return match[1];
}

/**
 * A stable sort for keyset paging: database columns (the last one unique, normally `id`), all in one
 * direction. `nullsAs` replaces NULL in a nullable column (e.g. `'infinity'::timestamptz`) so the row
 * comparison `(a, b, id) > (…)` stays total.
 */
export interface KeysetOrder {
  direction: 'ASC' | 'DESC';
  keys: readonly { column: string; nullsAs?: string }[];
}

function keyExpressions(order: KeysetOrder, alias: string): string[] {
  return order.keys.map(({ column, nullsAs }) => (nullsAs ? `COALESCE("${alias}"."${column}", ${nullsAs})` : `"${alias}"."${column}"`));
}

/** `(keys) > (keys of the cursor's row)` (or `<` when descending): the rows after the cursor. */
function afterCondition(order: KeysetOrder, alias: string, table: string, parameter: string): string {
  const operator = order.direction === 'ASC' ? '>' : '<';
  return `(${keyExpressions(order, alias).join(', ')}) ${operator} (SELECT ${keyExpressions(order, 'cursor_row').join(', ')} FROM ${table} "cursor_row" WHERE "cursor_row"."id" = :${parameter})`;
}

function tableOf(dataSource: DataSource, target: EntityTarget<ObjectLiteral>): string {
  return dataSource.getMetadata(target).tablePath;
}

/** Relay connection from rows fetched with one extra row. */
export function toConnection<T extends { id: string }>(rows: readonly T[], size: number, totalCount: number, hasPreviousPage: boolean): Connection<T> {
  const edges = rows.slice(0, size).map((node) => ({ cursor: encodeRowCursor(node.id), node }));
  return { edges, totalCount, pageInfo: forwardPageInfo(edges, rows.length > size, hasPreviousPage) };
}

/**
 * One page of a filtered query as a Relay connection, keyset-paged on `order`: the page (one row more
 * than asked, to learn `hasNextPage`) and `totalCount` (the same filter, no cursor): two statements,
 * however deep the page. `query` must select one entity without row-multiplying joins.
 */
export async function keysetPage<T extends { id: string }>(
  query: SelectQueryBuilder<T>,
  order: KeysetOrder,
  page: PageArgs,
): Promise<Connection<T>> {
  const size = pageSizeOf(page.first);
  const afterId = page.after ? decodeRowCursor(page.after) : null;
  const alias = query.alias;
  const table = query.expressionMap.mainAlias!.metadata.tablePath;
  const rowsQuery = query.clone();
  if (afterId) rowsQuery.andWhere(afterCondition(order, alias, table, 'pageAfterId'), { pageAfterId: afterId });
  keyExpressions(order, alias).forEach((expression, index) =>
    index === 0 ? rowsQuery.orderBy(expression, order.direction) : rowsQuery.addOrderBy(expression, order.direction),
  );
  rowsQuery.limit(size + 1);
  const [rows, totalCount] = await Promise.all([rowsQuery.getMany(), query.clone().orderBy().getCount()]);
  return toConnection(rows, size, totalCount, afterId !== null);
}

/** A nested connection per parent id, for the page arguments of one field. */
export type ConnectionLoader<T> = (page: PageArgs) => DataLoader<string, Connection<T>>;

/**
 * Paged children per parent (e.g. the applications on a meeting's agenda) through DataLoader: for all
 * parents asked in one request with the same `first`/`after`, one statement for the pages (a window
 * function keeps `first + 1` rows per parent) and one for the counts, whatever the number of parents.
 * Create per request (the loaders cache).
 */
export function connectionsByKey<T extends { id: string } & ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  parentProperty: keyof T & string,
  order: KeysetOrder,
): ConnectionLoader<T> {
  const loaders = new Map<string, DataLoader<string, Connection<T>>>();
  return (page) => {
    const size = pageSizeOf(page.first);
    const afterId = page.after ? decodeRowCursor(page.after) : null;
    const cacheKey = `${size}:${afterId ?? ''}`;
    let loader = loaders.get(cacheKey);
    if (!loader) {
      loader = new DataLoader((keys) => loadPages(dataSource, target, parentProperty, order, keys, size, afterId));
      loaders.set(cacheKey, loader);
    }
    return loader;
  };
}

async function loadPages<T extends { id: string } & ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  parentProperty: keyof T & string,
  order: KeysetOrder,
  keys: readonly string[],
  size: number,
  afterId: string | null,
): Promise<Connection<T>[]> {
  const metadata = dataSource.getMetadata(target);
  const parentColumn = metadata.findColumnWithPropertyName(parentProperty)!.databaseName;
  const table = tableOf(dataSource, target);
  const orderSql = (alias: string) => keyExpressions(order, alias).map((expression) => `${expression} ${order.direction}`).join(', ');
  const ranked =
    `SELECT "ranked_row"."id", row_number() OVER (PARTITION BY "ranked_row"."${parentColumn}" ORDER BY ${orderSql('ranked_row')}) AS "rank" ` +
    `FROM ${table} "ranked_row" WHERE "ranked_row"."${parentColumn}" IN (:...parentIds)` +
    (afterId ? ` AND ${afterCondition(order, 'ranked_row', table, 'pageAfterId')}` : '');
  const rowsQuery = dataSource
    .getRepository(target)
    .createQueryBuilder('row')
    .where(`"row"."id" IN (SELECT "page"."id" FROM (${ranked}) "page" WHERE "page"."rank" <= :pageLimit)`, {
      parentIds: [...keys],
      pageAfterId: afterId,
      pageLimit: size + 1,
    });
  keyExpressions(order, 'row').forEach((expression, index) =>
    index === 0 ? rowsQuery.orderBy(expression, order.direction) : rowsQuery.addOrderBy(expression, order.direction),
  );
  const [rows, totals] = await Promise.all([rowsQuery.getMany(), countsPerParent(dataSource, target, parentProperty, keys)]);
  const byParent = new Map<string, T[]>();
  for (const row of rows) {
    const parent = String(row[parentProperty]);
    const siblings = byParent.get(parent);
    if (siblings) siblings.push(row);
    else byParent.set(parent, [row]);
  }
  return keys.map((key) => toConnection(byParent.get(key) ?? [], size, totals.get(key) ?? 0, afterId !== null));
}

/** Number of rows per parent id (optionally only rows matching `condition`, SQL on alias `counted`): one statement per request. */
export function countByKey<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  parentProperty: keyof T & string,
  condition?: { sql: string; parameters: Record<string, unknown> },
): DataLoader<string, number> {
  return new DataLoader(async (keys) => {
    const totals = await countsPerParent(dataSource, target, parentProperty, keys, condition);
    return keys.map((key) => totals.get(key) ?? 0);
  });
}

/** Rows per parent id in one statement (parents without rows are absent). */
async function countsPerParent<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  parentProperty: keyof T & string,
  parentIds: readonly string[],
  condition?: { sql: string; parameters: Record<string, unknown> },
): Promise<Map<string, number>> {
  const parentColumn = dataSource.getMetadata(target).findColumnWithPropertyName(parentProperty)!.databaseName;
  const query = dataSource
    .createQueryBuilder()
    .select(`"counted"."${parentColumn}"::text`, 'parent')
    .addSelect('count(*)::int', 'total')
    .from(tableOf(dataSource, target), 'counted')
    .where(`"counted"."${parentColumn}" IN (:...parentIds)`, { parentIds: [...parentIds] })
    .groupBy(`"counted"."${parentColumn}"`);
  if (condition) query.andWhere(condition.sql, condition.parameters);
  return new Map((await query.getRawMany<{ parent: string; total: number }>()).map((count) => [count.parent, count.total]));
}
