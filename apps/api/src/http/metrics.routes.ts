import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Express, Request, RequestHandler } from 'express';
import type { RequestContext } from '../context';
import type { ApiMetrics } from '../shared/metrics';

/** Records every HTTP response by route pattern (`/documents/:id`, `/graphql`; `unmatched` for the rest). */
export function httpMetrics(metrics: ApiMetrics): RequestHandler {
  return (req, res, next) => {
    const end = metrics.httpRequests.startTimer();
    res.once('finish', () => {
      const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : req.baseUrl || 'unmatched';
      end({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  };
}

/** Latency per GraphQL operation and errors per `extensions.code` (as sent, after the error formatter). */
export function graphqlMetricsPlugin(metrics: ApiMetrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const end = metrics.graphqlOperations.startTimer();
      return {
        async willSendResponse({ operation, response }) {
          // An operation that did not parse or resolve has no trustworthy name: one `invalid` label.
          end({ operation: operation ? metrics.operationLabel(operation.name?.value) : 'invalid', type: operation?.operation ?? 'none' });
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            metrics.graphqlErrors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
          }
        },
      };
    },
  };
}

/**
 * `GET /metrics` in Prometheus' text format. Readable with `Authorization: Bearer <METRICS_TOKEN>`
 * when a token is set; without one only from this machine and not through a proxy (no
 * `X-Forwarded-For`), so nginx forwarding it by mistake would still not expose it.
 */
export function registerMetricsRoute(app: Express, metrics: ApiMetrics, token: string | undefined): void {
  app.get('/metrics', async (req, res) => {
    if (!mayReadMetrics(req, token)) {
      res.status(403).type('text/plain').send('Forbidden\n');
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function mayReadMetrics(req: Request, token: string | undefined): boolean {
  if (token) {
    const given = Buffer.from(req.get('authorization') ?? '');
    const expected = Buffer.from(`Bearer ${token}`);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  return LOOPBACK.has(req.socket.remoteAddress ?? '') && req.get('x-forwarded-for') === undefined;
}
