import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApps } from '../serve-apps';

/** A dist/apps as `npm run build` lays it out: the register at the root, the portal under portaal/. */
function builtApps(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'srpo-apps-'));
  for (const [folder, name] of [
    ['.', 'register'],
    ['portaal', 'portal'],
  ] as const) {
    mkdirSync(path.join(dir, folder, 'assets'), { recursive: true });
    writeFileSync(path.join(dir, folder, 'index.html'), `<!doctype html><title>${name}</title>`);
    writeFileSync(path.join(dir, folder, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify(name.repeat(1000))});`);
    writeFileSync(path.join(dir, folder, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  }
  return dir;
}

describe('serveApps (APPS_DIR)', () => {
  let appsDir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    appsDir = builtApps();
    const app = express();
    // An API route registered before the apps: it keeps answering.
    app.get('/health/live', (_req, res) => {
      res.json({ status: 'ok' });
    });
    serveApps(app, appsDir);
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(appsDir, { recursive: true, force: true });
  });

  it("answers deep links with the app's index.html, revalidated on every visit", async () => {
    for (const [url, title] of [
      ['/', 'register'],
      ['/register/100001', 'register'],
      ['/portaal/', 'portal'],
      ['/portaal/medewerker', 'portal'],
    ] as const) {
      const response = await fetch(base + url);
      expect(response.status, url).toBe(200);
      expect(await response.text(), url).toContain(`<title>${title}</title>`);
      expect(response.headers.get('cache-control'), url).toBe('no-cache');
    }
  });

  it('caches hashed assets for good, compressed; unhashed files are revalidated', async () => {
    const asset = await fetch(`${base}/portaal/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(await asset.text()).toContain('portal');
    const favicon = await fetch(`${base}/favicon.svg`);
    expect(favicon.headers.get('cache-control')).toBe('no-cache');
  });

  it('gives a missing asset a 404, not the app', async () => {
    for (const url of ['/assets/gone-123.js', '/portaal/assets/gone-123.js']) expect((await fetch(base + url)).status, url).toBe(404);
  });

  it('leaves API routes and other methods alone, and adds the portal slash', async () => {
    expect(await (await fetch(`${base}/health/live`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${base}/register/100001`, { method: 'POST' })).status).toBe(404);
    const redirect = await fetch(`${base}/portaal?taal=en`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/portaal/?taal=en');
  });

  it('refuses an APPS_DIR without built apps', () => {
    expect(() => serveApps(express(), path.join(appsDir, 'nothing-here'))).toThrow(/npm run build/);
  });
});
