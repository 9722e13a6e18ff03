import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a statement of the public read path as a named prepared statement: each pooled connection
 * plans it once instead of on every request (planning the entry statement costs more than running it).
 * Only for fixed statement texts; `name` must be unique per text.
 */
export async function preparedQuery<T>(dataSource: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as PostgresDriver).master as PgPool;
  const result = await pool.query({ name, text, values });
  return result.rows as T[];
}
