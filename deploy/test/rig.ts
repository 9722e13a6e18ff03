import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** The repository; `npm run build` writes dist/ here. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
const DEPLOY = path.join(ROOT, 'deploy');

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls until `check` resolves true; throws with `what` (and `why()`, e.g. a log's tail) after `ms`. */
export async function waitUntil(what: string, check: () => Promise<boolean>, why: () => string = () => '', ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out waiting for ${what}.\n${why()}`);
}

const tail = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-30).join('\n') : '');

/** A process of the test, with its output in a log file of the test's folder. */
function start(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; log: string }): ChildProcess {
  const out = openSync(options.log, 'a');
  return spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', out, out] });
}

/** The production install of `npm run build`. */
export const API_DIR = path.join(ROOT, 'dist', 'api');

const TEST_SIGNING_KEYS = JSON.stringify([
  { kty: 'OKP', crv: 'Ed25519', x: 'WawDzkjhlJhWWRQdvDltzx9SVF-CQeBKkOzmt0jY85U', d: 'kbKEzngj7Iu2MZJOvJsXOFxZQsfu3U4v3_PU1TQp2Dc', kid: 'E6B9r_IRUWO-cspvEjIvTh24Bcj4v2ec0btnECPDNE4' },
]);

/** Settings of every API process: production, behind a proxy on this machine. */
export function apiEnv(databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    TRUSTED_PROXIES: 'loopback',
    // Links in account e-mails; this test follows none of them.
    PORTAL_URL: 'https://localhost/portaal',
    // Encrypts webhook secrets; any 32 bytes will do here.
    WEBHOOK_SECRET_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
    // Signs the leaders' verifiable credentials (a key for this test only).
    CREDENTIAL_SIGNING_KEYS: TEST_SIGNING_KEYS,
    SEED_DEMO_DATA: 'false',
    SRPO_PRINT_URLS: 'false',
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

/** Runs one of the built API's command-line tools (dist/<name>.js) with plain node; throws with its output on failure. */
export function runApiCli(name: string, databaseUrl: string, args: string[] = [], extra: Record<string, string> = {}): string {
  return execFileSync('node', [`dist/${name}.js`, ...args], { cwd: API_DIR, env: apiEnv(databaseUrl, extra), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface ApiInstance {
  port: number;
  process: ChildProcess;
  log: string;
}

/** One API instance (`node dist/main.js`, as srpo-api@.service starts it), ready when it returns. */
export async function startApiInstance(dir: string, databaseUrl: string): Promise<ApiInstance> {
  const port = await freePort();
  const log = path.join(dir, `api-${port}.log`);
  const child = start('node', ['--enable-source-maps', 'dist/main.js'], { cwd: API_DIR, env: apiEnv(databaseUrl, { PORT: String(port), HOST: '127.0.0.1' }), log });
  await waitUntil(
    `the API on port ${port}`,
    async () => {
      if (child.exitCode !== null) throw new Error(`API on port ${port} exited (${child.exitCode}):\n${tail(log)}`);
      return (await fetch(`http://127.0.0.1:${port}/health/ready`)).ok;
    },
    () => tail(log),
  );
  return { port, process: child, log };
}

export interface Nginx {
  origin: string;
  httpPort: number;
  /** Lines of the access log: `status uri upstream-addresses upstream-statuses` (the instances tried, in order). */
  accessLog(): string[];
  stop(): void;
}

/** deploy/nginx/srpo.conf.template with its ${SRPO_…} values filled in, as envsubst does; every value must be given. */
export function renderNginxSite(values: Record<string, string>): string {
  const template = readFileSync(path.join(DEPLOY, 'nginx', 'srpo.conf.template'), 'utf8');
  const used = new Set<string>();
  const site = template.replace(/\$\{(SRPO_[A-Z0-9_]+)\}/g, (_match, name: string) => {
    used.add(name);
    const value = values[name];
    if (value === undefined) throw new Error(`No value for \${${name}} in srpo.conf.template.`);
    return value;
  });
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length) throw new Error(`srpo.conf.template does not use ${unused.join(', ')}.`);
  return site;
}

/**
 * Debian's nginx with deploy/nginx as it is (site template rendered, srpo/ includes copied), TLS with
 * a self-signed certificate, the built apps copied into `dir` (readable by nginx's workers).
 */
export async function startNginx(dir: string, apiPorts: [number, number]): Promise<Nginx> {
  const confDir = path.join(dir, 'nginx');
  mkdirSync(path.join(confDir, 'tmp'), { recursive: true });
  cpSync(path.join(DEPLOY, 'nginx', 'srpo'), path.join(confDir, 'srpo'), { recursive: true });
  const appsDir = path.join(dir, 'apps');
  cpSync(path.join(ROOT, 'dist', 'apps'), appsDir, { recursive: true });
  const [cert, key] = [path.join(confDir, 'server.crt'), path.join(confDir, 'server.key')];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const origin = `https://localhost:${httpsPort}`;
  writeFileSync(
    path.join(confDir, 'srpo.conf'),
    renderNginxSite({
      SRPO_SERVER_NAME: 'localhost',
      SRPO_PUBLIC_ORIGIN: origin,
      SRPO_HTTP_PORT: String(httpPort),
      SRPO_HTTPS_PORT: String(httpsPort),
      SRPO_TLS_CERT: cert,
      SRPO_TLS_KEY: key,
      SRPO_APPS_DIR: appsDir,
      SRPO_API_1: `127.0.0.1:${apiPorts[0]}`,
      SRPO_API_2: `127.0.0.1:${apiPorts[1]}`,
    }),
  );
  const tmp = (name: string) => `${name}_temp_path ${path.join(confDir, 'tmp', name)};`;
  writeFileSync(
    path.join(confDir, 'nginx.conf'),
    [
      'worker_processes 1;',
      `pid ${path.join(confDir, 'nginx.pid')};`,
      `error_log ${path.join(confDir, 'error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      "  log_format upstreams '$status $request_uri $upstream_addr $upstream_status';",
      `  access_log ${path.join(confDir, 'access.log')} upstreams;`,
      `  ${tmp('client_body')} ${tmp('proxy')} ${tmp('fastcgi')} ${tmp('uwsgi')} ${tmp('scgi')}`,
      '  include srpo.conf;',
      '}',
    ].join('\n'),
  );
  const errorLog = path.join(confDir, 'error.log');
  const child = start('/usr/sbin/nginx', ['-p', confDir, '-c', path.join(confDir, 'nginx.conf'), '-g', 'daemon off;'], { cwd: confDir, log: path.join(confDir, 'stderr.log') });
  await waitUntil(
    'nginx',
    async () => {
      if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${tail(path.join(confDir, 'stderr.log'))}\n${tail(errorLog)}`);
      return (await fetch(`http://127.0.0.1:${httpPort}/`, { redirect: 'manual' })).status === 301;
    },
    () => tail(errorLog),
  );
  return {
    origin,
    httpPort,
    accessLog: () => readFileSync(path.join(confDir, 'access.log'), 'utf8').split('\n').filter(Boolean),
    stop: () => child.kill('SIGTERM'),
  };
}
