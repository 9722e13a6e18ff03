import express, { type Express, type Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { assertId } from '../../database/row-lock';
import { AppError, ruleError, sendRouteError } from '../../http/errors';
import { sendDownload } from '../../http/file-response';
import { accountFromRequest } from '../../http/request-account';
import { recordAudit } from '../audit/record-audit';
import { hasForbiddenCharacter } from '../../schema/hostile-input';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { SchoolLeader } from '../leaders/school-leader.entity';
import { assertCanRead, isOfficer } from '../offerings/offering-owner';
import { Offering } from '../offerings/offering.entity';
import { getDocumentContent, putDocumentContent } from './document-store';
import { checkDocumentType, type DocumentType } from './document-type';
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

/** The body parser of every upload route: the raw file, up to {@link MAX_DOCUMENT_BYTES}. */
export function rawUpload() {
  return express.raw({ type: () => true, limit: MAX_DOCUMENT_BYTES });
}
const EDITABLE: RegistrationApplication['status'][] = ['DRAFT', 'RETURNED'];

export interface Upload {
  content: Buffer;
  contentType: DocumentType;
  fileName: string;
}

/** The file of an upload request (raw body, `Content-Type`, `X-File-Name`): type, content and size checked, name decoded. */
export async function readUpload(req: Request): Promise<Upload> {
  const declared = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  if (content.length === 0) throw new AppError('BAD_USER_INPUT', 'Het bestand is leeg.');
  const fileName = decodeFileName(req.headers['x-file-name']);
  return { content, contentType: await checkDocumentType(declared, content), fileName };
}

export async function signedInAccount(req: Request, dataSource: DataSource): Promise<Account> {
  const account = await accountFromRequest(req, dataSource);
  if (!account) throw new AppError('UNAUTHENTICATED', 'U bent niet ingelogd. Log in om verder te gaan.');
  return account;
}

/** What an upload is stored for straight away: an application, or a theme of a portfolio case; none leaves it unattached for now. */
export type UploadSubject = { applicationId: string } | { portfolioCaseId: string; portfolioThemeId: string } | null;

/** Stores the bytes and records the document (audited) in the caller's transaction, so both are stored or neither. */
export async function storeDocument(manager: EntityManager, account: Account, subject: UploadSubject, upload: Upload): Promise<EvidenceDocument> {
  const sha256 = await putDocumentContent(manager, upload.content);
  const saved = await manager.getRepository(EvidenceDocument).save(
    manager.getRepository(EvidenceDocument).create({
      applicationId: null,
      completionId: null,
      offeringId: null,
      portfolioCaseId: null,
      portfolioThemeId: null,
      ...subject,
      fileName: upload.fileName,
      contentType: upload.contentType,
      sizeBytes: upload.content.length,
      sha256,
      uploadedBy: account.id,
    }),
  );
  await recordAudit(manager, { actorAccountId: account.id, entity: 'evidence_document', entityId: saved.id, action: 'UPLOAD', after: saved });
  return saved;
}

function saveDocument(dataSource: DataSource, account: Account, subject: UploadSubject, upload: Upload): Promise<EvidenceDocument> {
  return dataSource.transaction((manager) => storeDocument(manager, account, subject, upload));
}

/** The JSON an upload route answers with. */
export function describeDocument(document: EvidenceDocument) {
  return { id: document.id, fileName: document.fileName, contentType: document.contentType, sizeBytes: document.sizeBytes, sha256: document.sha256 };
}

/** Who may open a document: officers (staff, committee) and the owner of what it belongs to; an unattached one only its uploader. */
async function mayOpen(dataSource: DataSource, account: Account, document: EvidenceDocument): Promise<boolean> {
  if (isOfficer(account)) return true;
  const leaderOwns = (leaderId: string) => dataSource.getRepository(SchoolLeader).existsBy({ id: leaderId, accountId: account.id });
  if (document.applicationId) {
    const application = await dataSource.getRepository(RegistrationApplication).findOneBy({ id: document.applicationId });
    return !!application && (await leaderOwns(application.leaderId));
  }
  if (document.completionId) {
    // A leader's certificate: by SQL, as the completions module builds on this one (no import cycle).
    const [row] = (await dataSource.query(`SELECT leader_id FROM completion WHERE id = $1`, [document.completionId])) as { leader_id: string }[];
    return !!row && (await leaderOwns(row.leader_id));
  }
  if (document.portfolioCaseId) {
    // A portfolio: by SQL, as the portfolio-cases module builds on this one. The leader, or an assessor of the case's organisation.
    const [row] = (await dataSource.query(`SELECT leader_id, assessor_organisation_id, state FROM portfolio_case WHERE id = $1`, [document.portfolioCaseId])) as {
      leader_id: string;
      assessor_organisation_id: string;
      state: string;
    }[];
    if (!row) return false;
    if (account.roles.includes(Role.ASSESSOR) && account.assessorOrganisationId === row.assessor_organisation_id && row.state !== 'DRAFT') return true;
    return leaderOwns(row.leader_id);
  }
  if (document.offeringId) {
    try {
      assertCanRead(account, await dataSource.getRepository(Offering).findOneBy({ id: document.offeringId }));
      return true;
    } catch {
      return false;
    }
  }
  return document.uploadedBy === account.id;
}

/**
 * `POST /applications/:id/documents` (raw body, `Content-Type` of the file, `X-File-Name`): the leader
 * adds evidence to their draft or returned application. `POST /documents`: any signed-in account
 * uploads a file to attach in the next step (a certificate's file, an offering's documents), by the
 * id it gets back. `GET /documents/:id`: the file, for officers and whoever owns what it belongs to.
 */
export function registerEvidenceRoutes(app: Express, dataSource: DataSource): void {
  const raw = rawUpload();

  app.post('/applications/:id/documents', raw, async (req, res) => {
    try {
      const account = await signedInAccount(req, dataSource);
      const id = String(req.params.id);
      assertId(id, 'id');
      const upload = await readUpload(req);
      const leader = await dataSource.getRepository(SchoolLeader).findOneBy({ accountId: account.id });
      const application = await dataSource.getRepository(RegistrationApplication).findOneBy({ id });
      if (!leader || !application || application.leaderId !== leader.id) throw new AppError('NOT_FOUND', 'Deze aanvraag bestaat niet (meer).');
      if (!EDITABLE.includes(application.status)) {
        throw ruleError('APPLICATION_ACTION_NOT_ALLOWED', 'Documenten voegt u toe zolang de aanvraag nog niet is ingediend of is teruggestuurd.');
      }
      res.status(201).json(describeDocument(await saveDocument(dataSource, account, { applicationId: id }, upload)));
    } catch (error) {
      sendRouteError(res, error);
    }
  });

  app.post('/documents', raw, async (req, res) => {
    try {
      const account = await signedInAccount(req, dataSource);
      res.status(201).json(describeDocument(await saveDocument(dataSource, account, null, await readUpload(req))));
    } catch (error) {
      sendRouteError(res, error);
    }
  });

  app.get('/documents/:id', async (req, res) => {
    try {
      const account = await signedInAccount(req, dataSource);
      const id = String(req.params.id);
      assertId(id, 'id');
      const document = await dataSource.getRepository(EvidenceDocument).findOneBy({ id });
      if (!document || !(await mayOpen(dataSource, account, document))) throw new AppError('NOT_FOUND', 'Dit document bestaat niet.');
      sendDownload(res, { content: await getDocumentContent(dataSource.manager, document.sha256), contentType: document.contentType, fileName: document.fileName });
    } catch (error) {
      sendRouteError(res, error);
    }
  });
}
