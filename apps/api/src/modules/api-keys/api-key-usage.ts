import type { DataSource } from 'typeorm';
import type { Logger } from '../../logger';

/** How often the counts gathered in memory are written: never a write per request on the hot path. */
export const USAGE_FLUSH_INTERVAL_MS = 30_000;

interface Pending {
  count: number;
  lastUsedAt: Date;
}

/**
 * Counts requests per API key in memory and adds them to `usage_count` / `last_used_at` in one
 * statement for all keys every {@link USAGE_FLUSH_INTERVAL_MS}, on demand (the staff list) and on stop.
 */
export class ApiKeyUsage {
  private pending = new Map<string, Pending>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    intervalMs = USAGE_FLUSH_INTERVAL_MS,
  ) {
    this.timer = setInterval(() => void this.flush(), intervalMs);
    this.timer.unref();
  }

  record(apiKeyId: string, at = new Date()): void {
    const entry = this.pending.get(apiKeyId);
    if (entry) {
      entry.count += 1;
      entry.lastUsedAt = at;
    } else {
      this.pending.set(apiKeyId, { count: 1, lastUsedAt: at });
    }
  }

  /** Writes what was counted so far; failures are logged and the counts kept for the next try. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async write(): Promise<void> {
    if (this.pending.size === 0 || !this.dataSource.isInitialized) return;
    const batch = this.pending;
    this.pending = new Map();
    const ids = [...batch.keys()];
    try {
      await this.dataSource.query(
        `UPDATE api_key AS key
            SET usage_count = key.usage_count + used.count,
                last_used_at = GREATEST(key.last_used_at, used.last_used_at)
           FROM unnest($1::uuid[], $2::int[], $3::timestamptz[]) AS used (id, count, last_used_at)
          WHERE key.id = used.id`,
        [ids, ids.map((id) => batch.get(id)?.count ?? 0), ids.map((id) => batch.get(id)?.lastUsedAt ?? new Date())],
      );
    } catch (error) {
      this.logger.warn({ err: error }, 'could not record API key usage; will try again');
      for (const [id, entry] of batch) {
        const newer = this.pending.get(id);
        this.pending.set(id, newer ? { count: newer.count + entry.count, lastUsedAt: newer.lastUsedAt } : entry);
      }
    }
  }
}
