import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { errorBody, ruleError } from '../../http/errors';
import type { ApiKeyUsage } from './api-key-usage';
import { ApiKeyService, type ApiKeyPrincipal } from './api-key.service';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The key `authenticateApiKey` found for this request, if any. */
export function apiKeyOf(locals: Record<string, unknown>): ApiKeyPrincipal | null {
  return (locals.apiKey as ApiKeyPrincipal | undefined) ?? null;
}

/**
 * Reads `Authorization: Bearer <key>`. A valid key becomes the request's caller (its quota, its
 * scopes) and is counted; an unknown or revoked key is answered 401 UNAUTHENTICATED at once, never
 * served as anonymous. Requests without the header pass unchanged.
 */
export function authenticateApiKey(dataSource: DataSource, usage: ApiKeyUsage): RequestHandler {
  const service = new ApiKeyService(dataSource);
  return (req, res, next) => {
    const header = req.headers.authorization;
    if (!header) return next();
    const secret = BEARER.exec(header)?.[1];
    const refuse = () => {
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer realm="srpo", error="invalid_token"')
        .json(
          errorBody(
            ruleError('INVALID_API_KEY', 'Deze API-sleutel is onbekend of ingetrokken. Controleer de sleutel, of vraag het register om een nieuwe.'),
          ),
        );
    };
    if (!secret) return refuse();
    service.authenticate(secret).then(
      (apiKey) => {
        if (!apiKey) return refuse();
        usage.record(apiKey.id);
        res.locals.apiKey = apiKey;
        next();
      },
      // The server's last error handler logs it with the request id and answers 500.
      (error: unknown) => next(error),
    );
  };
}
