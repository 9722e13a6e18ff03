import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The one place that says which security headers the register sends (issue 9): the API's responses
 * ({@link apiSecurityHeaders}) and the built apps' pages ({@link appSecurityHeaders}, for
 * serve-apps and, as literal values, for nginx in deploy/ — {@link API_HEADERS}, {@link APP_HEADERS}).
 *
 * HSTS is not among them: it is sent only on a request that came over TLS (`req.secure`, which believes
 * `X-Forwarded-Proto` only from TRUSTED_PROXIES), so a plain-HTTP development server never pins
 * `localhost` to HTTPS. Its value is {@link HSTS_VALUE}; a TLS-terminating nginx sends the same itself.
 */

/** One year, this host only: the register office's other hosts are not ours to pin. */
export const HSTS_VALUE = 'max-age=31536000';

/** What both kinds of response share: no sniffing, no framing, no referrer leaving the site, same-origin resources. */
const COMMON: HelmetOptions = {
  crossOriginResourcePolicy: { policy: 'same-origin' },
  crossOriginOpenerPolicy: { policy: 'same-origin' },
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  xFrameOptions: { action: 'deny' },
  strictTransportSecurity: false,
  // helmet's defaults for the rest: nosniff, Origin-Agent-Cluster, X-DNS-Prefetch-Control off,
  // X-Download-Options noopen, X-Permitted-Cross-Domain-Policies none, X-XSS-Protection 0.
};

/** The API answers JSON, files and text: nothing in a response may load, run or be framed. */
const API_OPTIONS: HelmetOptions = {
  ...COMMON,
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
};

/**
 * The apps (React + MUI): scripts only from the site itself, never inline. MUI's emotion inserts
 * `<style>` elements at run time, so styles allow 'unsafe-inline' (the issue forbids it for scripts
 * only; a nonce would need every HTML page rendered per request, which nginx's static serving cannot).
 */
const APP_OPTIONS: HelmetOptions = {
  ...COMMON,
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
    },
  },
};

/** The headers a helmet configuration sets, read off once (so nginx and tests use helmet's exact strings). */
function headersSetBy(options: HelmetOptions): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string) => {
      headers[name] = String(value);
    },
    removeHeader: () => {},
  } as unknown as ServerResponse;
  helmet(options)({} as IncomingMessage, res, () => {});
  return Object.freeze(headers);
}

/** Every header (name → value) on an API response, HSTS aside. */
export const API_HEADERS = headersSetBy(API_OPTIONS);
/** Every header (name → value) on an app's page or asset, HSTS aside. */
export const APP_HEADERS = headersSetBy(APP_OPTIONS);

/** HSTS on a request that came over TLS (directly, or via a trusted proxy's `X-Forwarded-Proto: https`). */
const hstsOverTls: RequestHandler = (req, res, next) => {
  if (req.secure) res.setHeader('Strict-Transport-Security', HSTS_VALUE);
  next();
};

/** Middleware: the API's security headers on every response (errors and 404s included). */
export function apiSecurityHeaders(): RequestHandler[] {
  return [helmet(API_OPTIONS) as RequestHandler, hstsOverTls];
}

/** Middleware: the apps' security headers, for serving the built apps from the API (serve-apps). */
export function appSecurityHeaders(): RequestHandler[] {
  return [helmet(APP_OPTIONS) as RequestHandler, hstsOverTls];
}
