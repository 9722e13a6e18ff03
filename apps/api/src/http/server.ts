import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler, type Request, type Response } from 'express';
import { DEFAULT_RATE_LIMITS, type RateLimitSettings } from '@srpo/domain';
import type { GraphQLSchema } from 'graphql';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import { createRequestContext, type RequestContext } from '../context';
import type { Logger } from '../logger';
import { ApiMetrics } from '../shared/metrics';
import { printApiSchema } from '../schema/build-schema';
import { registerEvidenceRoutes } from '../modules/applications/evidence.routes';
import { registerCompletionRoutes } from '../modules/completions/completion.routes';
import { registerLegacyImportRoutes } from '../modules/legacy-import/legacy-import.routes';
import { registerLetterRoutes } from '../modules/letters/letter.routes';
import { registerEntryPageRoute, registerOpenDataRoutes } from '../modules/open-data/open-data.routes';
import { registerBoardExportRoutes } from '../modules/board-overview/board-export.routes';
import { registerPersonalDataRoutes } from '../modules/personal-data/personal-data.routes';
import { registerPortfolioCaseRoutes } from '../modules/portfolio-cases/portfolio-case.routes';
import { registerCredentialRoutes } from '../modules/credentials/credential.routes';
import { letterVerificationUrls } from '../modules/credentials/credential.service';
import { DEVELOPMENT_CREDENTIALS } from '../config';
import type { CredentialSettings } from '../modules/credentials/credential-document';
import { ApiKeyUsage } from '../modules/api-keys/api-key-usage';
import { assertApiKeyMayRun } from '../modules/api-keys/api-key.guard';
import { apiKeyOf, authenticateApiKey } from '../modules/api-keys/api-key.http';
import { sessionCookie, type CookieSecurity } from './session-cookie';
import { trackConnections } from './connection-drain';
import { createErrorFormatter } from './errors';
import { introspectionPlugin, SCHEMA_PATH } from './introspection.plugin';
import { graphqlMetricsPlugin, httpMetrics, registerMetricsRoute } from './metrics.routes';
import { QUERY_LIMITS } from './query-limits';
import { queryLimitsPlugin } from './query-limits.plugin';
import { rateLimitFileRoutes, refuseExhaustedCallers, RequestRateLimiter } from './rate-limit';
import { serveApps } from './serve-apps';
import { enterRequestScope, requestIdGenerator } from './request-id';
import { apiSecurityHeaders, appSecurityHeaders } from './security-headers';
import type { WebhookSettings } from '../modules/webhooks/webhook-settings';

export interface HttpServerOptions {
  schema: GraphQLSchema;
  dataSource: DataSource;
  logger: Logger;
  corsOrigins: string[];
  /** Budgets per caller (default {@link DEFAULT_RATE_LIMITS}); `false` turns rate limiting off (benchmarks). */
  rateLimits?: RateLimitSettings | false;
  /**
   * Proxies whose `X-Forwarded-For` is believed for the client's IP address (addresses, CIDR ranges or
   * Express' names such as `loopback`); default none: the socket's address counts.
   */
  trustedProxies?: string[];
  /** Built apps to serve on the API's origin (APPS_DIR, see serve-apps.ts); default none. */
  appsDir?: string;
  /** When session cookies get `Secure` (default `when-https`; production: `always`). */
  secureCookies?: CookieSecurity;
  /** Anonymous callers may introspect (development); default true. Production passes false. */
  introspectionForAnonymous?: boolean;
  /** This API's metrics (shared with the job runner); default a fresh set. */
  metrics?: ApiMetrics;
  /** Bearer token that may read `/metrics` (METRICS_TOKEN); without it only loopback callers may. */
  metricsToken?: string;
  /** Parts besides the database that `/health/ready` checks (e.g. `jobQueue`); each throws when down. */
  readinessChecks?: Record<string, () => Promise<unknown>>;
  /** Where links in account e-mails lead (PORTAL_URL); default the portal under Vite. */
  portalUrl?: string;
  /** The register site's index.html that `/register/:registerNumber` fills with the entry's head (REGISTER_INDEX_HTML); default no such route. */
  registerIndexFile?: string;
  /** Webhook rules (URL policy, secret key); default the development settings. */
  webhooks?: WebhookSettings;
  /** Issuer site and signing keys of the verifiable credentials (REGISTER_URL, CREDENTIAL_SIGNING_KEYS); default development's. */
  credentials?: CredentialSettings;
}

export interface RunningHttpServer {
  server: Server;
  url: string;
  /**
   * Graceful: readiness turns 503, no new connections, requests in flight and those arriving on open
   * keep-alive connections are answered with `Connection: close`, idle connections closed; then Apollo stops.
   */
  stop(): Promise<void>;
}

/**
 * The HTTP surface: `/graphql`, the file routes, `/schema.graphql` (the SDL), `/metrics`, and
 * `/health/live` + `/health/ready` for orchestration; security headers and a request id on every response.
 */
export async function startHttpServer(options: HttpServerOptions, port: number, host: string): Promise<RunningHttpServer> {
  const { schema, dataSource, logger, corsOrigins } = options;
  const app = express();
  app.disable('x-powered-by');
  // `req.ip` is the socket's address unless the request came through a trusted proxy.
  app.set('trust proxy', options.trustedProxies?.length ? options.trustedProxies : false);
  const server = createServer(app);
  // Longer than nginx's idle upstream keep-alive (60 s), so the proxy, not we, closes an idle connection:
  // else it may send a POST on a connection we are just closing, which it cannot retry (502).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const connections = trackConnections(server);
  const metrics = options.metrics ?? new ApiMetrics();
  metrics.observeDatabase(dataSource);
  const apiKeyUsage = new ApiKeyUsage(dataSource, logger);
  const rateLimiter = options.rateLimits === false ? null : new RequestRateLimiter(dataSource, options.rateLimits ?? DEFAULT_RATE_LIMITS, logger);

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(logger),
    // Tokens are counted by the parser; depth, aliases and cost by the query-limits plugin.
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    plugins: [
      graphqlMetricsPlugin(metrics),
      introspectionPlugin({ anonymous: options.introspectionForAnonymous ?? true }),
      ApolloServerPluginLandingPageDisabled(),
      // No @cacheControl hints in this schema: Apollo's default plugin would only cost a hook per field.
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin({
        // After the limits: a key runs only what its scopes allow, then the cost is charged to the caller.
        admit: async ({ context, schema: runSchema, operation, fragments, measurement }) => {
          if (context.apiKey) assertApiKeyMayRun(context.apiKey, runSchema, operation, fragments);
          return rateLimiter ? rateLimiter.charge(context, measurement.cost) : null;
        },
        // A query that does not parse or validate costs one point, so malformed floods are not free.
        chargeUnrun: async (context) => rateLimiter?.charge(context, 1),
      }),
    ],
  });
  await apollo.start();

  app.use(apiSecurityHeaders());
  app.use(
    pinoHttp({
      logger,
      genReqId: requestIdGenerator(app.get('trust proxy fn') as (address: string, hop: number) => boolean),
      // Lines logged through req.log carry only `requestId`; the completion line has the request in full.
      quietReqLogger: true,
      customAttributeKeys: { reqId: 'requestId' },
      autoLogging: { ignore: (req) => /^\/(health|metrics)\b/.test(req.url ?? '') },
    }),
  );
  app.use(httpMetrics(metrics));

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const readinessChecks: Record<string, () => Promise<unknown>> = { database: () => dataSource.query('SELECT 1'), ...options.readinessChecks };
  app.get('/health/ready', async (req, res) => {
    if (connections.draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    const parts = await Promise.all(
      Object.entries(readinessChecks).map(async ([part, check]) => {
        try {
          await check();
          return [part, 'up'] as const;
        } catch (error) {
          req.log.warn({ err: error, part }, 'readiness check failed');
          return [part, 'down'] as const;
        }
      }),
    );
    const up = parts.every(([, state]) => state === 'up');
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'unavailable', ...Object.fromEntries(parts) });
  });
  registerMetricsRoute(app, metrics, options.metricsToken);
  // The checked-in SDL (a test keeps it equal to this print): for anonymous callers instead of introspection.
  const sdl = printApiSchema(schema);
  app.get(SCHEMA_PATH, (_req, res) => {
    res.type('text/plain').set('Cache-Control', 'public, max-age=3600').send(sdl);
  });

  if (rateLimiter) app.use(['/letters', '/documents', '/applications', '/executions', '/portfolio-cases', '/open-data', '/register', '/imports', '/boards', '/credentials'], rateLimitFileRoutes(rateLimiter));
  registerLetterRoutes(app, dataSource, letterVerificationUrls(dataSource, options.credentials ?? DEVELOPMENT_CREDENTIALS));
  registerOpenDataRoutes(app, dataSource);
  if (options.registerIndexFile) registerEntryPageRoute(app, dataSource, options.registerIndexFile, appSecurityHeaders());
  registerBoardExportRoutes(app, dataSource);
  registerCredentialRoutes(app, dataSource, options.credentials);

  app.use(
    '/graphql',
    cors({ origin: corsOrigins, credentials: true, exposedHeaders: ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After'] }),
    authenticateApiKey(dataSource, apiKeyUsage),
    ...(rateLimiter ? [refuseExhaustedCallers(rateLimiter, apiKeyOf)] : []),
    express.json({ limit: '1mb' }),
    enterRequestScope,
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        createRequestContext(dataSource, req.log, sessionCookie(req, res, options.secureCookies ?? 'when-https'), {
          apiKey: apiKeyOf(res.locals),
          clientIp: req.ip ?? req.socket.remoteAddress ?? '',
          apiKeyUsage,
        }, options.portalUrl, options.webhooks, options.credentials),
    }),
  );

  registerEvidenceRoutes(app, dataSource);
  registerCompletionRoutes(app, dataSource);
  registerLegacyImportRoutes(app, dataSource);
  registerPortfolioCaseRoutes(app, dataSource);
  registerPersonalDataRoutes(app, dataSource);
  if (options.appsDir) serveApps(app, options.appsDir, appSecurityHeaders());

  // Anything else: a GraphQL-shaped 404 (Express' own page would replace the CSP with its own).
  app.use((_req: Request, res: Response) => {
    res.status(404).json(NOT_FOUND_BODY);
  });
  app.use(rejectUnreadableBody);

  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`;
  return {
    server,
    url,
    async stop() {
      const { cut } = await connections.drain();
      if (cut) logger.warn({ connections: cut }, 'connections cut after the shutdown grace period');
      await apollo.stop();
      await apiKeyUsage.stop();
    },
  };
}

const NOT_FOUND_BODY = { errors: [{ message: 'Niet gevonden: dit adres bestaat niet.', extensions: { code: 'NOT_FOUND' } }] };

/**
 * A body that is not JSON (or too large) gets a GraphQL-shaped error instead of an HTML page; so does
 * any other error a route let through (logged with the request id, which the answer carries).
 */
const rejectUnreadableBody: ErrorRequestHandler = (error: { status?: number; type?: string }, req, res, _next) => {
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) req.log.error({ err: error }, 'unexpected error in HTTP route');
  // E.g. a file that `send` would not serve.
  if (status === 404) {
    res.status(404).json(NOT_FOUND_BODY);
    return;
  }
  const message =
    status === 413
      ? 'Ongeldig verzoek: het verzoek is te groot.'
      : status < 500
        ? 'Ongeldig verzoek: de inhoud is geen geldige JSON.'
        : 'Er ging iets mis aan onze kant. Probeer het later opnieuw.';
  const extensions = status < 500 ? { code: 'BAD_USER_INPUT', reason: 'INVALID_REQUEST' } : { code: 'INTERNAL_SERVER_ERROR', requestId: String(req.id) };
  res.status(status).json({ errors: [{ message, extensions }] });
};
