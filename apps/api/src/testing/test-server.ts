import type { DataSource } from 'typeorm';
import { startHttpServer, type HttpServerOptions, type RunningHttpServer } from '../http/server';
import { createLogger } from '../logger';
import { buildApiSchema } from '../schema/build-schema';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown>; path?: (string | number)[] }[];
  /** Response extensions, e.g. `cost`. */
  extensions?: Record<string, unknown>;
  /** Response headers (e.g. `RateLimit-Remaining`). */
  headers?: Headers;
}

/** What a test or benchmark may set on the server; the rest is as in production. */
export type TestServerOptions = Pick<
  HttpServerOptions,
  'rateLimits' | 'trustedProxies' | 'secureCookies' | 'introspectionForAnonymous' | 'metricsToken' | 'readinessChecks' | 'portalUrl' | 'registerIndexFile' | 'webhooks' | 'credentials'
> &
  Partial<Pick<HttpServerOptions, 'logger'>>;

/**
 * The real HTTP server on a free port, over the given (test) database. Rate limits are as in
 * production unless `options.rateLimits` sets other budgets or `false` turns them off (benchmarks).
 */
export async function startTestServer(
  dataSource: DataSource,
  options: TestServerOptions = {},
): Promise<RunningHttpServer & { graphql: typeof postGraphQL }> {
  const schema = await buildApiSchema();
  const server = await startHttpServer(
    {
      schema,
      dataSource,
      logger: createLogger('silent'),
      corsOrigins: [],
      ...options,
    },
    0,
    '127.0.0.1',
  );
  return {
    ...server,
    graphql: (query, variables, baseUrl = server.url) => postGraphQL(query, variables, baseUrl),
  };
}

/** POSTs a GraphQL operation the way a client does and returns the status and parsed body. */
export async function postGraphQL<TData = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  baseUrl = '',
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status' | 'headers'>;
  return { status: response.status, headers: response.headers, ...body };
}
