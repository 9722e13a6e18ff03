import { parse, serialize } from 'cookie';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const SESSION_COOKIE = 'srpo_session';

/** Reads and writes the HttpOnly session cookie; scripts in the page can never read it. */
export interface SessionCookie {
  token: string | undefined;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export function sessionCookie(req: IncomingMessage, res: ServerResponse): SessionCookie {
  const secure = (req.headers['x-forwarded-proto'] ?? '') === 'https' || 'encrypted' in req.socket;
  const base = { httpOnly: true, sameSite: 'lax', secure, path: '/' } as const;
  const append = (value: string) => res.appendHeader('Set-Cookie', value);
  return {
    token: parse(req.headers.cookie ?? '')[SESSION_COOKIE],
    set: (token, expiresAt) => append(serialize(SESSION_COOKIE, token, { ...base, expires: expiresAt })),
    clear: () => append(serialize(SESSION_COOKIE, '', { ...base, expires: new Date(0) })),
  };
}
