import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type FindOptionsOrder, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';

/** One row per key (e.g. by id), among the rows that match `where`: one query for all keys asked in a request. */
export function rowByKey<T extends ObjectLiteral, K extends keyof T & string>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  key: K,
  where: FindOptionsWhere<T> = {},
): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const rows = await dataSource.getRepository(target).find({ where: { ...where, [key]: In([...keys]) } as never });
    const byKey = new Map(rows.map((row) => [String(row[key]), row]));
    return keys.map((value) => byKey.get(value) ?? null);
  });
}

/** All rows per key (e.g. children by parent id), in the given order: one query per request. */
export function rowsByKey<T extends ObjectLiteral, K extends keyof T & string>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  key: K,
  order?: FindOptionsOrder<T>,
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const rows = await dataSource.getRepository(target).find({ where: { [key]: In([...keys]) } as never, order });
    return keys.map((value) => rows.filter((row) => String(row[key]) === value));
  });
}
