import { pino, type Logger } from 'pino';

/** Structured JSON logs (one object per line); pretty only when a developer asks for it. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'srpo-api' },
    redact: ['req.headers.cookie', 'req.headers.authorization', '*.password'],
  });
}

export type { Logger };
