import express, { type Express, type Request } from 'express';
import type { DataSource } from 'typeorm';
import { assertId } from '../../database/row-lock';
import { AppError, ruleError, sendRouteError } from '../../http/errors';
import { decodeFileName, signedInAccount } from '../applications/evidence.routes';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { isWorkbook, type LegacyFile } from './legacy-files';
import { LegacyImportService } from './legacy-import.service';

/** Largest file of an import: the old register's full export (about 10,000 leaders) is a few megabytes. */
export const MAX_LEGACY_FILE_BYTES = 50 * 1024 * 1024;

async function staff(req: Request, dataSource: DataSource): Promise<Account> {
  const account = await signedInAccount(req, dataSource);
  if (!account.roles.includes(Role.STAFF)) throw new AppError('FORBIDDEN', 'Alleen medewerkers van het registerbureau importeren het oude register.');
  return account;
}

/** The uploaded file: a CSV text file or an XLSX workbook, by name and content (never by the declared type alone). */
function legacyFile(req: Request): LegacyFile {
  const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  if (content.length === 0) throw new AppError('BAD_USER_INPUT', 'Het bestand is leeg.');
  const name = decodeFileName(req.headers['x-file-name']);
  const file = { name, content };
  if (/\.xlsx$/i.test(name)) {
    if (!isWorkbook(file)) throw ruleError('FILE_CONTENT_MISMATCH', 'Dit bestand heet .xlsx maar is geen Excel-werkmap.');
    return file;
  }
  // A CSV is UTF-8 text: no NUL bytes, valid UTF-8.
  if (!/\.csv$/i.test(name) || content.includes(0) || !Buffer.from(content.toString('utf8'), 'utf8').equals(content)) {
    throw ruleError('LEGACY_FILE_TYPE_NOT_ALLOWED', 'Lever CSV-bestanden (UTF-8) of één Excel-werkmap (XLSX) aan.');
  }
  return file;
}

/**
 * `POST /imports` (raw body, `X-File-Name`): a new legacy import with this file, UPLOADED;
 * `POST /imports/:id/files`: another file of the same import (a set of CSV files is sent one by one).
 * Staff only; each file at most 50 MB, CSV (UTF-8) or XLSX. The dry run starts with the GraphQL
 * mutation `checkLegacyImport`, so these routes only store.
 */
export function registerLegacyImportRoutes(app: Express, dataSource: DataSource): void {
  const raw = express.raw({ type: () => true, limit: MAX_LEGACY_FILE_BYTES });
  app.post('/imports', raw, async (req, res) => {
    try {
      const account = await staff(req, dataSource);
      const id = await new LegacyImportService(dataSource).create([legacyFile(req)], account.id);
      res.status(201).json({ id });
    } catch (error) {
      sendRouteError(res, error);
    }
  });
  app.post('/imports/:id/files', raw, async (req, res) => {
    try {
      const account = await staff(req, dataSource);
      const id = String(req.params.id);
      assertId(id, 'id');
      await new LegacyImportService(dataSource).addFile(id, legacyFile(req), account.id);
      res.status(201).json({ id });
    } catch (error) {
      sendRouteError(res, error);
    }
  });
}
