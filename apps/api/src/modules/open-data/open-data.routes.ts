import { existsSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { todayInAmsterdam } from '@srpo/domain';
import type { Express, Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import { attachmentDisposition } from '../../http/file-response';
import { StartupError } from '../../startup-error';
import { PublicRegisterService } from '../public-register/public-register.service';
import { assertEntryTemplate, entryHead, NOT_FOUND_HEAD, withEntryHead } from './entry-page';
import { latestOpenDataExport, openDataFileParts, type OpenDataFormat } from './open-data-export';

/** The stable addresses of the latest open-data files (README, the register site's API page). */
export const OPEN_DATA_PATHS: Record<OpenDataFormat, string> = {
  csv: '/open-data/schoolleidersregister.csv',
  json: '/open-data/schoolleidersregister.json',
};

const CONTENT_TYPES: Record<OpenDataFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** A new export comes once a day: an hour's caching costs a reader at most an hour's delay. */
const OPEN_DATA_CACHE = 'public, max-age=3600';
const NOT_YET = 'Het open-databestand van het register is er nog niet: het wordt gemaakt. Probeer het over een paar minuten opnieuw.';

/**
 * `GET /open-data/schoolleidersregister.csv` and `.json`: the latest daily export, streamed part by
 * part from PostgreSQL, with its size, a strong ETag (SHA-256) and Last-Modified (so a conditional GET
 * is answered 304), and a file name with the register date. 503 with a Dutch message before the
 * first export exists.
 */
export function registerOpenDataRoutes(app: Express, dataSource: DataSource): void {
  for (const format of ['csv', 'json'] as const) {
    app.get(OPEN_DATA_PATHS[format], async (req: Request, res: Response) => {
      const latest = await latestOpenDataExport(dataSource);
      if (!latest) {
        res.status(503).set('Retry-After', '300').type('text/plain; charset=utf-8').send(NOT_YET);
        return;
      }
      const file = latest.files[format];
      res
        .set('Content-Type', CONTENT_TYPES[format])
        .set('Content-Disposition', attachmentDisposition(`schoolleidersregister-${latest.registerDate}.${format}`))
        .set('Cache-Control', OPEN_DATA_CACHE)
        .set('ETag', `"${file.sha256}"`)
        .set('Last-Modified', latest.generatedAt.toUTCString())
        .set('X-Generated-At', latest.generatedAt.toISOString());
      if (req.fresh) {
        res.status(304).end();
        return;
      }
      res.set('Content-Length', String(file.bytes));
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      try {
        await pipeline(Readable.from(openDataFileParts(dataSource, latest.id, format)), res);
      } catch (error) {
        // The status line is out: a failed or abandoned download can only be cut off.
        if (!res.headersSent) throw error;
        req.log.warn({ err: error, format }, 'open-data download ended early');
      }
    });
  }
}

/**
 * `GET /register/:registerNumber`: the register site's index.html (`indexFile`, the built app's)
 * with the entry's title, description and schema.org JSON-LD in its head, so a crawler sees the
 * public facts without running JavaScript; the app then boots as on any page. An unknown number gets
 * the same page with 404. `headers`: the apps' security headers (this is the site's page, not the API's).
 */
export function registerEntryPageRoute(app: Express, dataSource: DataSource, indexFile: string, headers: RequestHandler[]): void {
  if (!existsSync(indexFile)) {
    throw new StartupError('The register site\'s index.html for the entry pages (/register/<number>) is missing:', [
      `${indexFile} does not exist: run \`npm run build\` (it puts the built register beside the API), or set REGISTER_INDEX_HTML or APPS_DIR to the built register.`,
    ]);
  }
  const template = readFileSync(indexFile, 'utf8');
  assertEntryTemplate(template, indexFile);
  const register = new PublicRegisterService(dataSource);
  app.get('/register/:registerNumber', ...headers, async (req: Request<{ registerNumber: string }>, res: Response) => {
    const number = req.params.registerNumber;
    const lookup = number.length <= 64 ? await register.lookup(number, null, todayInAmsterdam(new Date())) : null;
    res.set('Cache-Control', 'no-cache').type('html');
    if (!lookup || lookup.outcome === 'UNKNOWN_REGISTER_NUMBER') {
      res.status(404).send(withEntryHead(template, NOT_FOUND_HEAD));
      return;
    }
    // A known number without an entry today (e.g. registered later): the app says so; no facts to describe.
    res.send(lookup.registration ? withEntryHead(template, entryHead(lookup.registration)) : template);
  });
}
