import { parse, serialize } from 'cookie';
import type { Request } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const SESSION_COOKIE = 'srpo_session';

/**
 * When the session cookie gets `Secure`: `always` in production (TLS ends at the proxy); else
 * `when-https`: only when the request came over https, directly or as told by a trusted proxy
 * (Express' `req.secure`; `X-Forwarded-Proto` from anyone else is ignored).
 */
export type CookieSecurity = 'always' | 'when-https';

/** Reads and writes the HttpOnly session cookie; scripts in the page can never read it. */
export interface SessionCookie {
  token: string | undefined;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export function sessionToken(req: IncomingMessage): string | undefined {
  return parse(req.headers.cookie ?? '')[SESSION_COOKIE];
}

export function sessionCookie(req: Request, res: ServerResponse, security: CookieSecurity): SessionCookie {
  const secure = security === 'always' || req.secure;
  const base = { httpOnly: true, sameSite: 'lax', secure, path: '/' } as const;
  const append = (value: string) => res.appendHeader('Set-Cookie', value);
  return {
    token: sessionToken(req),
    set: (token, expiresAt) => append(serialize(SESSION_COOKIE, token, { ...base, expires: expiresAt })),
    clear: () => append(serialize(SESSION_COOKIE, '', { ...base, expires: new Date(0) })),
  };
}
