import express, { type Express } from 'express';
import type { DataSource } from 'typeorm';
import { assertId } from '../../database/row-lock';
import { AppError, ruleError, sendRouteError } from '../../http/errors';
import { accountFromRequest } from '../../http/request-account';
import { recordAudit } from '../audit/record-audit';
import { hasForbiddenCharacter } from '../../schema/hostile-input';
import { Role } from '../accounts/role';
import { SchoolLeader } from '../leaders/school-leader.entity';
import type { DocumentStore } from './document-store';
import { EvidenceDocument } from './evidence-document.entity';
import { RegistrationApplication } from './registration-application.entity';

const MAX_FILE_NAME_LENGTH = 200;

/**
 * The file name from `X-File-Name` (percent-encoded UTF-8): malformed escapes (`100%.pdf`), control
 * characters (`a%00b.pdf`) and unpaired surrogates are refused with BAD_USER_INPUT, not a 500;
 * path separators become `_`.
 */
export function decodeFileName(header: string | string[] | undefined): string {
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw === undefined || raw.trim() === '') return 'document';
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    throw ruleError('INVALID_FILE_NAME', 'De bestandsnaam is niet goed gecodeerd: gebruik procentcodering (UTF-8), zoals encodeURIComponent doet.', { field: 'X-File-Name' });
  }
  if (hasForbiddenCharacter(decoded) || /[\t\r\n]/.test(decoded)) {
    throw ruleError('INVALID_FILE_NAME', 'De bestandsnaam bevat tekens die niet zijn toegestaan.', { field: 'X-File-Name' });
  }
  return decoded.replace(/[\\/]/g, '_').slice(0, MAX_FILE_NAME_LENGTH);
}

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const ALLOWED_DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
const EDITABLE: RegistrationApplication['status'][] = ['DRAFT', 'RETURNED'];

/**
 * `POST /applications/:id/documents` (raw body, `Content-Type` of the file, `X-File-Name`): the leader
 * adds evidence to their draft or returned application. `GET /documents/:id`: the file, for its leader,
 * staff and committee.
 */
export function registerEvidenceRoutes(app: Express, dataSource: DataSource, store: DocumentStore): void {
  const raw = express.raw({ type: () => true, limit: MAX_DOCUMENT_BYTES });

  app.post('/applications/:id/documents', raw, async (req, res) => {
    try {
      const account = await accountFromRequest(req, res, dataSource);
      if (!account) throw new AppError('UNAUTHENTICATED', 'U bent niet ingelogd. Log in om verder te gaan.');
      const id = String(req.params.id);
      assertId(id, 'id');
      const contentType = String(req.headers['content-type'] ?? '').split(';')[0]!.trim();
      if (!(ALLOWED_DOCUMENT_TYPES as readonly string[]).includes(contentType)) {
        throw new AppError('BAD_USER_INPUT', 'Alleen PDF-, PNG- en JPEG-bestanden kunnen worden toegevoegd.');
      }
      const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (content.length === 0) throw new AppError('BAD_USER_INPUT', 'Het bestand is leeg.');
      const fileName = decodeFileName(req.headers['x-file-name']);

      const leader = await dataSource.getRepository(SchoolLeader).findOneBy({ accountId: account.id });
      const application = await dataSource.getRepository(RegistrationApplication).findOneBy({ id });
      if (!leader || !application || application.leaderId !== leader.id) throw new AppError('NOT_FOUND', 'Deze aanvraag bestaat niet (meer).');
      if (!EDITABLE.includes(application.status)) {
        throw ruleError('APPLICATION_ACTION_NOT_ALLOWED', 'Documenten voegt u toe zolang de aanvraag nog niet is ingediend of is teruggestuurd.');
      }
      const sha256 = await store.put(content);
      const document = await dataSource.transaction(async (manager) => {
        const saved = await manager.getRepository(EvidenceDocument).save(
          manager.getRepository(EvidenceDocument).create({ applicationId: id, fileName, contentType, sizeBytes: content.length, sha256, uploadedBy: account.id }),
        );
        await recordAudit(manager, { actorAccountId: account.id, entity: 'evidence_document', entityId: saved.id, action: 'UPLOAD', after: saved });
        return saved;
      });
      res.status(201).json({ id: document.id, fileName, contentType, sizeBytes: content.length, sha256 });
    } catch (error) {
      sendRouteError(res, error);
    }
  });

  app.get('/documents/:id', async (req, res) => {
    try {
      const account = await accountFromRequest(req, res, dataSource);
      if (!account) throw new AppError('UNAUTHENTICATED', 'U bent niet ingelogd. Log in om verder te gaan.');
      const id = String(req.params.id);
      assertId(id, 'id');
      const document = await dataSource.getRepository(EvidenceDocument).findOneBy({ id });
      const application = document && (await dataSource.getRepository(RegistrationApplication).findOneBy({ id: document.applicationId }));
      const officer = account.roles.includes(Role.STAFF) || account.roles.includes(Role.COMMITTEE);
      const owner = application && (await dataSource.getRepository(SchoolLeader).existsBy({ id: application.leaderId, accountId: account.id }));
      if (!document || !(officer || owner)) throw new AppError('NOT_FOUND', 'Dit document bestaat niet.');
      res.setHeader('Content-Type', document.contentType);
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`);
      res.send(await store.get(document.sha256));
    } catch (error) {
      sendRouteError(res, error);
    }
  });
}
