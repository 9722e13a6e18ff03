import { existsSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';

/**
 * The built apps under APPS_DIR (`npm run build` writes dist/apps) and where each is served: the
 * portal is built with Vite `base: '/portaal/'`, the public register at the root. deploy/nginx/
 * serves the same folders the same way.
 */
const APPS = [
  { mount: '/portaal', folder: 'portaal' },
  { mount: '/', folder: '.' },
] as const;

/** Vite puts every hashed file under assets/: its name changes with its content, so it never needs asking again. */
const HASHED_ASSET = 'public, max-age=31536000, immutable';
/** index.html and unhashed files (favicon): asked again each time, answered 304 while unchanged. */
const REVALIDATE = 'no-cache';

/**
 * Serves the built apps from the API (APPS_DIR), so one instance needs no web server in front:
 * compressed, hashed assets cached for good, and every other GET that no API route answered gets the
 * app's index.html (SPA fallback: a deep link opens the app, whose router shows the page or its 404).
 * Register it after the API's routes. `headers`: the apps' security headers.
 */
export function serveApps(app: Express, appsDir: string, headers: RequestHandler[] = []): void {
  // The portal's relative paths need the slash; Express' routes match '/portaal/' here too, so check.
  app.get('/portaal', (req, res, next) => (req.path === '/portaal' ? res.redirect(301, req.originalUrl.replace(/^\/portaal/, '/portaal/')) : next()));
  for (const { mount, folder } of APPS) {
    const root = path.resolve(appsDir, folder);
    const indexFile = path.join(root, 'index.html');
    if (!existsSync(indexFile)) throw new Error(`APPS_DIR: ${indexFile} does not exist. Run \`npm run build\` and point APPS_DIR at dist/apps.`);
    app.use(
      mount,
      ...headers,
      compression(),
      express.static(root, {
        index: false,
        redirect: false,
        setHeaders: (res, file) => res.setHeader('Cache-Control', isHashedAsset(root, file) ? HASHED_ASSET : REVALIDATE),
      }),
      spaFallback(indexFile),
    );
  }
}

function isHashedAsset(root: string, file: string): boolean {
  return path.relative(root, file).startsWith(`assets${path.sep}`);
}

/** index.html for the app's own paths; a missing asset is a 404 (never HTML where a script was asked for). */
function spaFallback(indexFile: string): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.startsWith('/assets/')) {
      res.sendStatus(404);
      return;
    }
    res.sendFile(indexFile, { cacheControl: false, headers: { 'Cache-Control': REVALIDATE } }, (error) => {
      if (error) next(error);
    });
  };
}
