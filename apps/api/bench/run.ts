import 'reflect-metadata';
import { fork } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import pg from 'pg';
import { createDataSource, ensureDatabase } from '../src/database/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { runDailyRegistrationJob } from '../src/jobs/daily-registration.job';
import { FIGURES_SQL, MONTHS_SQL } from '../src/modules/register-statistics/register-statistics.service';
import { refreshThemeCompletions } from '../src/modules/register-statistics/theme-completion-projection';
import { freePort } from '../src/testing/free-port';
import { dayBefore, generateRegister } from './generate-register';

/**
 * `pnpm bench`: the public register under load, through the real HTTP GraphQL server, against a
 * raw-SQL baseline (one statement returning the same fields, same pool of 10, 32 concurrent clients,
 * the same random register numbers, rounds interleaved). Performance is measured here, never asserted.
 *
 * Environment:
 *   BENCH_LEADERS=9000|50000|250000   size of the generated register (default 9000)
 *   BENCH_SOAK=1                      5-minute RSS soak (default: 30 s); BENCH_SOAK_SECONDS overrides
 *   BENCH_ROUNDS, BENCH_ROUND_SECONDS interleaved load rounds (default 3 × 5 s each side)
 *   BENCH_API_INSTANCES=2             two API processes (as in production), sharing the pool of 10
 *                                     (5 connections each); clients alternate between them
 *   BENCH_PACED_RATE, BENCH_PACED_SECONDS  open-loop latency reading (default 200 req/s for 10 s)
 *   BENCH_STATISTICS_ONLY=1           only `registerStatistics` (skips the public register's load, searches and soak)
 */
const LEADERS = Number(process.env.BENCH_LEADERS ?? 9_000);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? (process.env.BENCH_SOAK === '1' ? 300 : 30));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 5);
const CLIENTS = 32;
const POOL_SIZE = 10;
const API_INSTANCES = Number(process.env.BENCH_API_INSTANCES ?? 1);
/** Fixed arrival rate for the latency reading (saturated clients measure queueing, not service time). */
const PACED_RATE = Number(process.env.BENCH_PACED_RATE ?? 200);
const PACED_SECONDS = Number(process.env.BENCH_PACED_SECONDS ?? 10);
const STATISTICS_ONLY = process.env.BENCH_STATISTICS_ONLY === '1';

const ENTRY_FIELDS = `registerNumber displayName title aspirant qualificationLevel status registeredOn reRegistrationDue
  completedThemes { theme { code name } completedOn route } boards { name }`;
const PUBLIC_REGISTRATION = `query Entry($number: String!) { publicRegistration(registerNumber: $number) { ${ENTRY_FIELDS} } }`;
const STATISTICS = `query Statistics($asOf: Date) {
  registerStatistics(asOf: $asOf) {
    asOf enrolledLeaders enrolledBoards registeredLeaders byTitle { title aspirant count } byStatus { status count } reRegisteredLeaders
    initialDeferrals { requested granted } reRegistrationDeferrals { requested granted }
    leadersWithFormalThemeCompletion leadersWithInformalThemeCompletion themeCompletions { theme { code name } formal informal }
    registrationsPerMonth(months: 24) { month registered registeredTotal }
  }
}`;
const PUBLIC_REGISTRATIONS = `query Bulk($numbers: [String!]!) { publicRegistrations(registerNumbers: $numbers) { ${ENTRY_FIELDS} } }`;
const SEARCH = `query Search($query: String, $status: [RegistrationStatus!], $title: [RegistrationTitle!], $boardId: ID) {
  searchRegister(query: $query, status: $status, title: $title, boardId: $boardId, first: 20) {
    totalCount edges { cursor node { registerNumber displayName status title reRegistrationDue boards { name } } } pageInfo { hasNextPage endCursor }
  }
}`;

/** The baseline: one statement returning the same fields (latest registration, its cached status, themes, boards). */
const BASELINE_SQL = `
  SELECT l.register_number, concat_ws(' ', l.first_name, l.infix, l.last_name) AS display_name, r.title, r.aspirant, r.level,
         r.status, r.registered_on, r.due_date,
         (SELECT json_agg(json_build_object('code', t.code, 'name', t.name, 'completedOn', c.completed_on, 'route', 'FORMAL'))
            FROM completion c JOIN offering_execution x ON x.id = c.execution_id
            JOIN certification ce ON ce.offering_id = x.offering_id AND ce.outcome = 'CERTIFIED'
            JOIN certification_scope s ON s.certification_id = ce.id JOIN theme t ON t.id = s.theme_id
           WHERE c.leader_id = l.id AND c.status IN ('RECORDED', 'VERIFIED') AND c.completed_on >= r.registered_on) AS completed_themes,
         (SELECT json_agg(json_build_object('name', b.name)) FROM employment e JOIN board b ON b.id = e.board_id
           WHERE e.leader_id = l.id AND e.starts_on <= current_date AND (e.ends_on IS NULL OR e.ends_on >= current_date)) AS boards
    FROM school_leader l
    JOIN LATERAL (SELECT * FROM registration WHERE leader_id = l.id ORDER BY registered_on DESC LIMIT 1) r ON true
   WHERE l.register_number = $1`;

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);
const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

interface ApiProcess {
  url: string;
  stats(): Promise<{ statements: number; rss: number; cpu: NodeJS.CpuUsage }>;
  stop(): Promise<void>;
}

async function startApi(databaseUrl: string, poolSize: number): Promise<ApiProcess> {
  const child = fork(fileURLToPath(new URL('./api-server.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])],
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl, BENCH_POOL_SIZE: String(poolSize), LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { url: string }) => resolve(message.url));
    child.once('exit', (code) => reject(new Error(`API exited (${code})`)));
  });
  return {
    url,
    stats: () =>
      new Promise((resolve) => {
        child.once('message', resolve as (message: unknown) => void);
        child.send('stats');
      }),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.send('stop');
      }),
  };
}

/** Several API processes seen as one: statements and CPU summed, RSS of the largest. */
function combined(instances: ApiProcess[]): ApiProcess {
  return {
    url: instances[0]!.url,
    async stats() {
      const all = await Promise.all(instances.map((instance) => instance.stats()));
      return {
        statements: all.reduce((total, stats) => total + stats.statements, 0),
        rss: Math.max(...all.map((stats) => stats.rss)),
        cpu: { user: all.reduce((total, stats) => total + stats.cpu.user, 0), system: all.reduce((total, stats) => total + stats.cpu.system, 0) },
      };
    },
    stop: async () => {
      await Promise.all(instances.map((instance) => instance.stop()));
    },
  };
}

const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });

function graphql(url: string, query: string, variables: Record<string, unknown>): Promise<{ data?: unknown; errors?: unknown[] }> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(`${url}/graphql`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: unknown; errors?: unknown[] };
        if (parsed.errors) reject(new Error(JSON.stringify(parsed.errors).slice(0, 500)));
        else resolve(parsed);
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** `clients` concurrent loops of `call` for `seconds`; latencies of every call. */
async function load(seconds: number, clients: number, call: (i: number) => Promise<unknown>): Promise<{ perSecond: number; latencies: number[] }> {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  let counter = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        await call(counter++);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { perSecond: latencies.length / ((performance.now() - started) / 1000), latencies: latencies.sort((a, b) => a - b) };
}

/**
 * Requests started at a fixed rate whatever the answers (open loop), each timed from when it was due,
 * so a slow answer cannot hide the queue behind it: the latency a caller sees at that load.
 */
async function paced(seconds: number, rate: number, call: (i: number) => Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < Math.round(seconds * rate); i += 1) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(call(i).then(() => void latencies.push(performance.now() - due)));
  }
  await Promise.all(pending);
  return latencies.sort((a, b) => a - b);
}

/** `count` sequential calls: sorted latencies. */
async function sequential(count: number, call: (i: number) => Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const t0 = performance.now();
    await call(i);
    latencies.push(performance.now() - t0);
  }
  return latencies.sort((a, b) => a - b);
}

/** `count` sequential calls with the SQL statements the API sent per call. */
async function statementsPerRequest(api: ApiProcess, count: number, call: (i: number) => Promise<unknown>) {
  const before = (await api.stats()).statements;
  const latencies = await sequential(count, call);
  return { statements: ((await api.stats()).statements - before) / count, latencies };
}

async function main() {
  const today = todayInAmsterdam(new Date());
  const dataDir = mkdtempSync(path.join(tmpdir(), 'srpo-bench-pg-'));
  chmodSync(dataDir, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  const dbName = 'srpo_bench';
  await ensureDatabase(postgres.adminUrl, dbName);
  const databaseUrl = postgres.urlFor(dbName);
  const dataSource = createDataSource(databaseUrl, { poolSize: POOL_SIZE });
  await dataSource.initialize();
  await dataSource.runMigrations();
  let api: ApiProcess | null = null;
  const baselinePool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  try {
    console.log(`Generating ${LEADERS.toLocaleString('en')} leaders (statuses as of ${dayBefore(today)}) …`);
    const generated = await generateRegister(dataSource, LEADERS, dayBefore(today));
    console.log(
      `  ${generated.leaders.toLocaleString('en')} leaders, ${generated.registrations.toLocaleString('en')} registrations, ` +
        `${generated.completions.toLocaleString('en')} completions in ${generated.seconds.toFixed(0)} s`,
    );

    // Daily job: catch up yesterday (the first run sends every reminder already due), then today, a normal day.
    let t0 = performance.now();
    const catchUp = await runDailyRegistrationJob(dataSource, dayBefore(today));
    console.log(`  catch-up run for ${dayBefore(today)}: ${((performance.now() - t0) / 1000).toFixed(1)} s (${catchUp.reminders} reminders)`);
    t0 = performance.now();
    const normal = await runDailyRegistrationJob(dataSource, today);
    const jobSeconds = (performance.now() - t0) / 1000;
    // The theme-completion projection of every leader (what the first statistics request after a bulk load would do).
    t0 = performance.now();
    const themed = await refreshThemeCompletions(dataSource);
    console.log(`  theme completions projected for ${themed.toLocaleString('en')} leaders: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await dataSource.query('VACUUM ANALYZE');

    const numbers = ((await dataSource.query(`SELECT register_number FROM school_leader ORDER BY random() LIMIT 2000`)) as { register_number: string }[]).map(
      (row) => row.register_number,
    );
    const [board] = (await dataSource.query(
      `SELECT board_id FROM employment WHERE ends_on IS NULL GROUP BY board_id ORDER BY count(*) DESC LIMIT 1`,
    )) as { board_id: string }[];
    const instances = await Promise.all(Array.from({ length: API_INSTANCES }, () => startApi(databaseUrl, POOL_SIZE / API_INSTANCES)));
    api = combined(instances);
    const urls = instances.map((instance) => instance.url);
    const url = urls[0]!;
    const urlFor = (i: number) => urls[i % urls.length]!;
    const entry = (i: number) => graphql(urlFor(i), PUBLIC_REGISTRATION, { number: numbers[i % numbers.length] });
    const baseline = (i: number) => baselinePool.query(BASELINE_SQL, [numbers[i % numbers.length]]);

    // registerStatistics: 100 different dates (each a cache miss), then one date repeated (cached), sequentially,
    // against the baseline: the same two statements sent straight to PostgreSQL for the same dates.
    const statisticsDates = Array.from({ length: 100 }, (_, i) => addDays(today, -((i * 37) % 3650)) as CalendarDate);
    const statisticsBaseline = await sequential(statisticsDates.length, async (i) => {
      const [figures] = (await baselinePool.query(FIGURES_SQL, [statisticsDates[i]])).rows as { shown: { status: string; count: number }[] }[];
      const registered = figures!.shown.filter((row) => row.status !== 'DEREGISTERED').reduce((total, row) => total + row.count, 0);
      return baselinePool.query(MONTHS_SQL, [statisticsDates[i], 24, registered]);
    });
    const statistics = await statementsPerRequest(api, statisticsDates.length, (i) => graphql(urlFor(i), STATISTICS, { asOf: statisticsDates[i] }));
    const statisticsCached = await sequential(100, (i) => graphql(urlFor(i), STATISTICS, { asOf: statisticsDates[0] }));
    const statisticsLine = () => {
      console.log(`  registerStatistics (${statisticsDates.length} different dates, sequential):`);
      const row = (label: string, latencies: number[], extra = '') =>
        console.log(`  ${`    ${label}`.padEnd(44)} p50 ${ms(percentile(latencies, 50))}  p95 ${ms(percentile(latencies, 95))}${extra}`);
      row('API, not cached', statistics.latencies, `  ${statistics.statements.toFixed(2)} statements`);
      row('raw SQL baseline (the same 2 statements)', statisticsBaseline);
      row('API, the same date again (cached)', statisticsCached);
    };
    if (STATISTICS_ONLY) {
      console.log(`\nregisterStatistics benchmark: ${generated.leaders.toLocaleString('en')} leaders\n`);
      statisticsLine();
      return;
    }

    // Warm up both paths.
    await load(2, CLIENTS, entry);
    await load(1, CLIENTS, baseline);

    const api1 = { perSecond: [] as number[], latencies: [] as number[] };
    const raw = { perSecond: [] as number[], latencies: [] as number[] };
    const apiCpu: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const offset = round * 1000;
      const b = await load(ROUND_SECONDS, CLIENTS, (i) => baseline(i + offset));
      const cpuBefore = (await api.stats()).cpu;
      const a = await load(ROUND_SECONDS, CLIENTS, (i) => entry(i + offset));
      const cpuAfter = (await api.stats()).cpu;
      apiCpu.push((cpuAfter.user + cpuAfter.system - cpuBefore.user - cpuBefore.system) / 1000 / a.latencies.length);
      raw.perSecond.push(b.perSecond);
      raw.latencies.push(...b.latencies);
      api1.perSecond.push(a.perSecond);
      api1.latencies.push(...a.latencies);
    }
    raw.latencies.sort((x, y) => x - y);
    api1.latencies.sort((x, y) => x - y);
    const pacedApi = await paced(PACED_SECONDS, PACED_RATE, (i) => entry(i + 5_000));
    const pacedRaw = await paced(PACED_SECONDS, PACED_RATE, (i) => baseline(i + 5_000));
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

    const statementsPer = (count: number, call: (i: number) => Promise<unknown>) => statementsPerRequest(api!, count, call);
    const single = await statementsPer(200, entry);
    const bulk = await statementsPer(100, (i) => graphql(urlFor(i), PUBLIC_REGISTRATIONS, { numbers: numbers.slice((i * 100) % 1900, ((i * 100) % 1900) + 100) }));

    const searches: [string, Record<string, unknown>][] = [
      ['no filter', {}],
      ['status ACTIVE', { status: ['ACTIVE'] }],
      ['status CONDITIONAL', { status: ['CONDITIONAL'] }],
      ['status EXPIRED', { status: ['EXPIRED'] }],
      ['status DEREGISTERED', { status: ['DEREGISTERED'] }],
      ['title RADO', { title: ['RADO'] }],
      ['"jan" + ACTIVE', { query: 'jan', status: ['ACTIVE'] }],
      ['"dijk"', { query: 'dijk' }],
      ['"anna berg" (no hits)', { query: 'anna berg' }],
      ['boardId', { boardId: board!.board_id }],
    ];
    const searchResults: { name: string; first: number; p50: number; p95: number; statements: number; totalCount: number }[] = [];
    for (const [name, variables] of searches) {
      const t1 = performance.now();
      const first = (await graphql(url, SEARCH, variables)) as { data: { searchRegister: { totalCount: number } } };
      const firstMs = performance.now() - t1;
      const result = await statementsPer(100, (i) => graphql(urlFor(i), SEARCH, variables));
      searchResults.push({ name, first: firstMs, p50: percentile(result.latencies, 50), p95: percentile(result.latencies, 95), statements: result.statements, totalCount: first.data.searchRegister.totalCount });
    }

    // Soak: mixed public traffic from 32 clients; RSS sampled every 5 s.
    const rss: number[] = [(await api.stats()).rss];
    const sampler = setInterval(() => void api!.stats().then((stats) => rss.push(stats.rss)), 5_000);
    const soak = await load(SOAK_SECONDS, CLIENTS, (i) =>
      i % 10 === 0
        ? graphql(urlFor(i), SEARCH, searches[i % searches.length]![1])
        : i % 25 === 1
          ? graphql(urlFor(i), PUBLIC_REGISTRATIONS, { numbers: numbers.slice(i % 1900, (i % 1900) + 100) })
          : entry(i),
    );
    clearInterval(sampler);
    rss.push((await api.stats()).rss);

    const apiRate = sum(api1.perSecond) / ROUNDS;
    const rawRate = sum(raw.perSecond) / ROUNDS;
    const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);
    console.log(
      `\nPublic register benchmark: ${generated.leaders.toLocaleString('en')} leaders, ${CLIENTS} clients, pool ${POOL_SIZE}, ` +
        `${API_INSTANCES} API process(es), ${ROUNDS} × ${ROUND_SECONDS} s rounds each side\n`,
    );
    line('publicRegistration (HTTP GraphQL)', `${apiRate.toFixed(0)} req/s  p50 ${ms(percentile(api1.latencies, 50))}  p99 ${ms(percentile(api1.latencies, 99))}`);
    line('raw SQL baseline (one statement)', `${rawRate.toFixed(0)} req/s  p50 ${ms(percentile(raw.latencies, 50))}  p99 ${ms(percentile(raw.latencies, 99))}`);
    line('throughput ratio (API / baseline)', `${((100 * apiRate) / rawRate).toFixed(1)} %  (rounds: ${api1.perSecond.map((v, i) => `${v.toFixed(0)}/${raw.perSecond[i]!.toFixed(0)}`).join(', ')})`);
    line(
      `publicRegistration at ${PACED_RATE} req/s (open loop)`,
      `p50 ${ms(percentile(pacedApi, 50))}  p99 ${ms(percentile(pacedApi, 99))}  (raw SQL: p50 ${ms(percentile(pacedRaw, 50))}  p99 ${ms(percentile(pacedRaw, 99))})`,
    );
    line('API process CPU per publicRegistration', ms(sum(apiCpu) / apiCpu.length));
    line('SQL statements per publicRegistration', `${single.statements.toFixed(2)}  (sequential p50 ${ms(percentile(single.latencies, 50))})`);
    line('publicRegistrations(100 numbers)', `p50 ${ms(percentile(bulk.latencies, 50))}  p95 ${ms(percentile(bulk.latencies, 95))}  ${bulk.statements.toFixed(2)} statements`);
    console.log('  searchRegister, first page of 20 (sequential; "first" = first call, count not cached yet):');
    for (const result of searchResults) {
      line(
        `    ${result.name}`,
        `p50 ${ms(result.p50)}  p95 ${ms(result.p95)}  first ${ms(result.first)}  ${result.statements.toFixed(2)} statements  totalCount ${result.totalCount}`,
      );
    }
    statisticsLine();
    line('daily job, a normal day', `${jobSeconds.toFixed(2)} s  (${normal.statusChanges.length} status changes, ${normal.statusLetters} letters, ${normal.reminders} reminders)`);
    line(`API RSS over a ${SOAK_SECONDS} s soak${API_INSTANCES > 1 ? ' (largest process)' : ''}`, `start ${mb(rss[0]!)}  max ${mb(Math.max(...rss))}  end ${mb(rss[rss.length - 1]!)}  (${soak.perSecond.toFixed(0)} req/s mixed)`);
  } finally {
    await api?.stop();
    agent.destroy();
    await baselinePool.end();
    await dataSource.destroy();
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
