import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** Distinct GraphQL operation names kept as labels per process; later names count as `other`. */
const MAX_OPERATION_NAMES = 150;
/** What a client's operation name must look like to become a label (the apps' names do). */
const OPERATION_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The API's Prometheus metrics (`/metrics`), one registry per running API so that tests can start
 * several in one process. Counters are this instance's own: with two instances, sum over `instance`.
 */
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  readonly httpRequests = new Histogram({
    name: 'srpo_http_request_duration_seconds',
    help: 'HTTP requests by route (the pattern, never the raw path), method and status, with their latency.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlOperations = new Histogram({
    name: 'srpo_graphql_operation_duration_seconds',
    help: 'GraphQL operations by name (anonymous, other, or one of the first names seen) and type, with their latency.',
    labelNames: ['operation', 'type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'srpo_graphql_errors_total',
    help: 'Errors in GraphQL responses by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly jobRuns = new Histogram({
    name: 'srpo_job_run_duration_seconds',
    help: 'Background job runs on this instance by queue and outcome (completed, failed), with their duration.',
    labelNames: ['queue', 'outcome'] as const,
    buckets: [0.01, 0.1, 0.5, 1, 5, 15, 60, 300, 900],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'srpo_' });
  }

  /**
   * The label for a client-chosen operation name: a stranger cannot add series without bound, as
   * names beyond the first {@link MAX_OPERATION_NAMES} (and malformed ones) collapse to `other`.
   */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (!OPERATION_NAME.test(name) || this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  /** Runs a job's handler and records its duration and outcome under `queue`. */
  async timeJob<T>(queue: string, run: () => Promise<T>): Promise<T> {
    const end = this.jobRuns.startTimer({ queue });
    try {
      const result = await run();
      end({ outcome: 'completed' });
      return result;
    } catch (error) {
      end({ outcome: 'failed' });
      throw error;
    }
  }

  /** Gauges read from the database at scrape time: pool usage, outbox backlog, the daily job's last run. */
  observeDatabase(dataSource: DataSource): void {
    const pool = () => (dataSource.driver as PostgresDriver).master as Pool | undefined;
    new Gauge({
      name: 'srpo_db_pool_connections',
      help: 'The API pool of PostgreSQL connections: total open, idle, and callers waiting for one.',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const current = pool();
        if (!current) return;
        this.set({ state: 'total' }, current.totalCount);
        this.set({ state: 'idle' }, current.idleCount);
        this.set({ state: 'waiting' }, current.waitingCount);
      },
    });
    new Gauge({
      name: 'srpo_email_outbox_pending',
      help: 'E-mails in the outbox not sent yet (status PENDING).',
      registers: [this.registry],
      async collect() {
        // A partial index on PENDING rows keeps this cheap; a failed read leaves the gauge as it was.
        const rows = (await dataSource.query(`SELECT count(*)::int AS count FROM email_outbox WHERE status = 'PENDING'`).catch(() => null)) as { count: number }[] | null;
        if (rows) this.set(rows[0]!.count);
      },
    });
    new Gauge({
      name: 'srpo_daily_job_last_run_date_seconds',
      help: 'The register date (00:00 UTC of that date, as a Unix time) of the last completed daily registration job, from its ledger.',
      registers: [this.registry],
      async collect() {
        const rows = (await dataSource.query(`SELECT extract(epoch FROM max(run_date))::bigint AS at FROM daily_job_run`).catch(() => null)) as { at: string | null }[] | null;
        if (rows?.[0]?.at) this.set(Number(rows[0].at));
      },
    });
  }
}
