import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * What never reaches a log line: the session in a request's cookie or in the login's Set-Cookie, API keys
 * (Authorization) and passwords anywhere in a logged object.
 */
const REDACTED_PATHS = ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password'];

/** Structured JSON logs (one object per line) on standard output, or on `destination` (tests). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: { service: 'srpo-api' }, redact: REDACTED_PATHS }, destination);
}

export type { Logger };
