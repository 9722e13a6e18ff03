import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
// pino-http types `req.id` and `req.log` (for code compiled without the server, e.g. the register's tests).
import type {} from 'pino-http';
import type { Logger } from '../logger';

/** An incoming id is taken over only if it looks like one (no log injection, bounded length). */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * pino-http's `genReqId`: the `X-Request-Id` of a trusted proxy (nginx's `$request_id`), so one id
 * follows the request through both logs; from anyone else a fresh UUID. Echoed in the response's
 * `X-Request-Id`. `trusts` is Express's compiled `trust proxy` (TRUSTED_PROXIES).
 */
export function requestIdGenerator(trusts: (address: string, hop: number) => boolean) {
  return (req: IncomingMessage, res: ServerResponse): string => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) && trusts(req.socket.remoteAddress ?? '', 0) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', id);
    return id;
  };
}

interface RequestScope {
  requestId: string;
  /** pino-http's child logger: every line carries `requestId`. */
  logger: Logger;
}

const scope = new AsyncLocalStorage<RequestScope>();

/**
 * Makes the request's id and logger reachable from code that has no request at hand (Apollo's
 * `formatError`). Mounted after the body is read: a stream's callbacks run outside the scope.
 */
export const enterRequestScope: RequestHandler = (req, _res, next) => {
  scope.run({ requestId: String(req.id), logger: req.log }, next);
};

/** The current request's id and logger, if any. */
export function currentRequest(): RequestScope | undefined {
  return scope.getStore();
}
