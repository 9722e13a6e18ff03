import { todayInAmsterdam } from '@srpo/domain';
import express, { type Express } from 'express';
import type { DataSource } from 'typeorm';
import { assertId } from '../../database/row-lock';
import { AppError, sendRouteError } from '../../http/errors';
import { accountFromRequest } from '../../http/request-account';
import { Role } from '../accounts/role';
import { parseCompletionsCsv } from './completion-csv';
import { CompletionRecordingService } from './completion.service';

const MAX_CSV_BYTES = 2 * 1024 * 1024;

/**
 * `POST /executions/:id/completions.csv` (text/csv: `registernummer;datum` or
 * `register_number,completed_on`): the same bulk recording as `recordCompletions`, same JSON report;
 * `?dryRun=true` only checks (see `recordCompletions(dryRun:)`).
 */
export function registerCompletionRoutes(app: Express, dataSource: DataSource): void {
  const text = express.text({ type: () => true, limit: MAX_CSV_BYTES });
  app.post('/executions/:id/completions.csv', text, async (req, res) => {
    try {
      const account = await accountFromRequest(req, dataSource);
      if (!account) throw new AppError('UNAUTHENTICATED', 'U bent niet ingelogd. Log in om verder te gaan.');
      if (!account.roles.includes(Role.PROVIDER) && !account.roles.includes(Role.BOARD)) {
        throw new AppError('FORBIDDEN', 'Alleen aanbieders en besturen leggen afrondingen vast.');
      }
      const id = String(req.params.id);
      assertId(id, 'id');
      const rows = parseCompletionsCsv(typeof req.body === 'string' ? req.body : '');
      const dryRun = req.query.dryRun === 'true';
      const report = await new CompletionRecordingService(dataSource, account, todayInAmsterdam(new Date())).record(id, rows, dryRun);
      res.json(report);
    } catch (error) {
      sendRouteError(res, error);
    }
  });
}
