import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';
import { DEFAULT_RATE_LIMITS, type RateLimitSettings } from '@srpo/domain';
import type { GraphQLSchema } from 'graphql';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import { createRequestContext, type RequestContext } from '../context';
import type { Logger } from '../logger';
import type { DocumentStore } from '../modules/applications/document-store';
import { registerEvidenceRoutes } from '../modules/applications/evidence.routes';
import { registerCompletionRoutes } from '../modules/completions/completion.routes';
import { registerLetterRoutes } from '../modules/letters/letter.routes';
import { ApiKeyUsage } from '../modules/api-keys/api-key-usage';
import { assertApiKeyMayRun } from '../modules/api-keys/api-key.guard';
import { apiKeyOf, authenticateApiKey } from '../modules/api-keys/api-key.http';
import { sessionCookie, type CookieSecurity } from './session-cookie';
import { createErrorFormatter } from './errors';
import { QUERY_LIMITS } from './query-limits';
import { queryLimitsPlugin } from './query-limits.plugin';
import { rateLimitFileRoutes, refuseExhaustedCallers, RequestRateLimiter } from './rate-limit';
import { serveApps } from './serve-apps';

export interface HttpServerOptions {
  schema: GraphQLSchema;
  dataSource: DataSource;
  logger: Logger;
  corsOrigins: string[];
  /** Where uploaded documents are kept (outside the database rows). */
  documentStore: DocumentStore;
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
}

export interface RunningHttpServer {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

/**
 * The HTTP surface: `/graphql`, and `/health/live` + `/health/ready` for orchestration.
 */
export async function startHttpServer(options: HttpServerOptions, port: number, host: string): Promise<RunningHttpServer> {
  const { schema, dataSource, logger, corsOrigins, documentStore } = options;
  const app = express();
  app.disable('x-powered-by');
  // `req.ip` is the socket's address unless the request came through a trusted proxy.
  app.set('trust proxy', options.trustedProxies?.length ? options.trustedProxies : false);
  const server = createServer(app);
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
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
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

  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false } }));

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok', database: 'up' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', database: 'down' });
    }
  });

  if (rateLimiter) app.use(['/letters', '/documents', '/applications', '/executions'], rateLimitFileRoutes(rateLimiter));
  registerLetterRoutes(app, dataSource);

  app.use(
    '/graphql',
    cors({ origin: corsOrigins, credentials: true, exposedHeaders: ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After'] }),
    authenticateApiKey(dataSource, apiKeyUsage, logger),
    ...(rateLimiter ? [refuseExhaustedCallers(rateLimiter, apiKeyOf)] : []),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        createRequestContext(dataSource, logger, sessionCookie(req, res, options.secureCookies ?? 'when-https'), {
          apiKey: apiKeyOf(res.locals),
          clientIp: req.ip ?? req.socket.remoteAddress ?? '',
          apiKeyUsage,
        }),
    }),
  );

  registerEvidenceRoutes(app, dataSource, documentStore);
  registerCompletionRoutes(app, dataSource);
  if (options.appsDir) serveApps(app, options.appsDir);

  app.use(rejectUnreadableBody);

  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`;
  return {
    server,
    url,
    async stop() {
      await apollo.stop();
      await apiKeyUsage.stop();
    },
  };
}

/** A body that is not JSON (or too large) gets a GraphQL-shaped error instead of an HTML page. */
const rejectUnreadableBody: ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, _next) => {
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message =
    status === 413
      ? 'Ongeldig verzoek: het verzoek is te groot.'
      : status < 500
        ? 'Ongeldig verzoek: de inhoud is geen geldige JSON.'
        : 'Er ging iets mis aan onze kant. Probeer het later opnieuw.';
  res.status(status).json({ errors: [{ message, extensions: status < 500 ? { code: 'BAD_USER_INPUT', reason: 'INVALID_REQUEST' } : { code: 'INTERNAL_SERVER_ERROR' } }] });
};
