import type { Express, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { isUuid } from '../../database/row-lock';
import { AppError, sendRouteError } from '../../http/errors';
import { sendDownload } from '../../http/file-response';
import { accountFromRequest } from '../../http/request-account';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { recordAudit } from '../audit/record-audit';
import { exportLeaderData } from './personal-data-export';
import { renderExportPdf } from './personal-data-pdf';

type Format = 'json' | 'pdf';

function formatOf(raw: string): Format {
  if (raw !== 'json' && raw !== 'pdf') throw new AppError('NOT_FOUND', 'Deze export bestaat niet.');
  return raw;
}

function signedIn(account: Account | null): Account {
  if (!account) throw new AppError('UNAUTHENTICATED', 'U bent niet ingelogd. Log in om verder te gaan.');
  return account;
}

async function send(res: Response, dataSource: DataSource, leaderId: string, format: Format, audit: { actorAccountId: string } | null): Promise<void> {
  const data = await dataSource.transaction(async (manager) => {
    const exported = await exportLeaderData(manager, leaderId);
    // A colleague's read of a leader's personal data is accounted for (references only).
    if (audit) await recordAudit(manager, { ...audit, entity: 'school_leader', entityId: leaderId, action: 'PERSONAL_DATA_EXPORTED' });
    return exported;
  });
  const fileName = `persoonsgegevens-${data.generatedAt.slice(0, 10)}.${format}`;
  if (format === 'json') sendDownload(res, { content: Buffer.from(JSON.stringify(data, null, 2)), contentType: 'application/json; charset=utf-8', fileName });
  else sendDownload(res, { content: await renderExportPdf(data), contentType: 'application/pdf', fileName });
}

/**
 * The AVG export (right of access): `GET /personal-data/me.json|.pdf` for the signed-in leader's own
 * data; `GET /personal-data/leaders/<id>.json|.pdf` for staff, audited as a read of personal data.
 * Authorised by the session cookie; errors are JSON in the GraphQL error shape.
 */
export function registerPersonalDataRoutes(app: Express, dataSource: DataSource): void {
  app.get('/personal-data/me.:format', async (req: Request<{ format: string }>, res: Response) => {
    try {
      const format = formatOf(req.params.format);
      const account = signedIn(await accountFromRequest(req, dataSource));
      const [own] = account.roles.includes(Role.LEADER)
        ? ((await dataSource.query(`SELECT id FROM school_leader WHERE account_id = $1`, [account.id])) as { id: string }[])
        : [];
      if (!own) throw new AppError('FORBIDDEN', 'Alleen een schoolleider met een inschrijving downloadt hier de eigen gegevens.');
      await send(res, dataSource, own.id, format, null);
    } catch (error) {
      sendRouteError(res, error);
    }
  });

  app.get('/personal-data/leaders/:id.:format', async (req: Request<{ id: string; format: string }>, res: Response) => {
    try {
      const format = formatOf(req.params.format);
      const account = signedIn(await accountFromRequest(req, dataSource));
      if (!account.roles.includes(Role.STAFF)) throw new AppError('FORBIDDEN', 'Alleen medewerkers van het register downloaden de gegevens van een schoolleider.');
      if (!isUuid(req.params.id)) throw new AppError('NOT_FOUND', 'Deze schoolleider bestaat niet.');
      await send(res, dataSource, req.params.id, format, { actorAccountId: account.id });
    } catch (error) {
      sendRouteError(res, error);
    }
  });
}
