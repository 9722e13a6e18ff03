import { todayInAmsterdam } from '@srpo/domain';
import type { Express, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppError, sendRouteError } from '../../http/errors';
import { attachmentDisposition } from '../../http/file-response';
import { accountFromRequest } from '../../http/request-account';
import { Role } from '../accounts/role';
import { boardOfCaller } from '../leaders/leader.resolver';
import { boardExportRows, boardName, exportFileName, writeBoardCsv, writeBoardXlsx } from './board-export';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * `GET /boards/leaders.csv` and `GET /boards/leaders.xlsx`: the board's current leaders with status,
 * due date and theme progress, streamed batch by batch. Authorised by the session cookie: a board
 * account gets its own board (FORBIDDEN for another `?boardId=`), staff name a board with `?boardId=`.
 * Errors before the first byte are JSON in the GraphQL error shape; a failure mid-stream breaks the download.
 */
export function registerBoardExportRoutes(app: Express, dataSource: DataSource): void {
  app.get('/boards/leaders.:format', async (req: Request<{ format: string }>, res: Response) => {
    const format = req.params.format;
    let start: { boardId: string; name: string };
    try {
      if (format !== 'csv' && format !== 'xlsx') throw new AppError('NOT_FOUND', 'Deze export bestaat niet.');
      const account = await accountFromRequest(req, dataSource);
      if (!account) throw new AppError('UNAUTHENTICATED', 'U bent niet ingelogd. Log in om verder te gaan.');
      if (!account.roles.includes(Role.BOARD) && !account.roles.includes(Role.STAFF)) {
        throw new AppError('FORBIDDEN', 'Alleen besturen en medewerkers van het register exporteren de schoolleiders van een bestuur.');
      }
      const requested = typeof req.query.boardId === 'string' ? req.query.boardId : null;
      const boardId = boardOfCaller(account, requested);
      start = { boardId, name: await boardName(dataSource, boardId) };
    } catch (error) {
      sendRouteError(res, error);
      return;
    }
    const today = todayInAmsterdam(new Date());
    res
      .status(200)
      .set('Content-Type', CONTENT_TYPES[format as 'csv' | 'xlsx'])
      .set('Content-Disposition', attachmentDisposition(exportFileName(start.name, today, format as 'csv' | 'xlsx')))
      .set('X-Content-Type-Options', 'nosniff')
      .set('Cache-Control', 'private, no-store');
    const rows = boardExportRows(dataSource, start.boardId, today);
    try {
      if (format === 'csv') await writeBoardCsv(res, rows);
      else await writeBoardXlsx(res, rows);
    } catch (error) {
      req.log.error({ err: error }, 'board export failed mid-stream');
      res.destroy(error as Error);
    }
  });
}
