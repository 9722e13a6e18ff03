import { createHash } from 'node:crypto';
import type { Express, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { DEVELOPMENT_CREDENTIALS } from '../../config';
import { sendRouteError } from '../../http/errors';
import { sendDownload } from '../../http/file-response';
import { accountFromRequest } from '../../http/request-account';
import { didDocumentPath, type CredentialSettings } from './credential-document';
import { CredentialService } from './credential.service';

/** Verifiers may keep the DID document and a status list this long; a revocation shows within it. */
const PUBLIC_MAX_AGE_SECONDS = 300;

/** Status list numbers as they appear in the path (1, 2, …). */
const LIST_NUMBER = /^[1-9]\d{0,5}$/;

/**
 * The credentials' HTTP surface:
 * - `GET /.well-known/did.json` (or `<path>/did.json` when REGISTER_URL has a path): the issuer's DID document;
 * - `GET /credentials/status/:list`: a Bitstring Status List credential (JWT), public, with an ETag;
 * - `GET /credentials/:id.jwt` and `.json`: the signed credential, for the leader it is about only (session).
 */
export function registerCredentialRoutes(app: Express, dataSource: DataSource, settings: CredentialSettings = DEVELOPMENT_CREDENTIALS): void {
  const service = () => new CredentialService(dataSource, settings);

  app.get(didDocumentPath(settings), async (_req: Request, res: Response) => {
    try {
      const document = await service().didDocument();
      res.set('Cache-Control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`).type('application/did+json').send(JSON.stringify(document));
    } catch (error) {
      sendRouteError(res, error);
    }
  });

  app.get('/credentials/status/:list', async (req: Request<{ list: string }>, res: Response) => {
    try {
      const jwt = LIST_NUMBER.test(req.params.list) ? await service().statusList(Number(req.params.list)) : null;
      if (jwt === null) {
        res.status(404).json({ errors: [{ message: 'Deze statuslijst bestaat niet.', extensions: { code: 'NOT_FOUND' } }] });
        return;
      }
      // The list is signed for the day (validFrom is today's start), so equal bits give equal bytes and the same tag.
      const etag = `"${createHash('sha256').update(jwt).digest('base64url')}"`;
      res.set('ETag', etag).set('Cache-Control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`);
      if (req.headers['if-none-match'] === etag) {
        res.status(304).end();
        return;
      }
      res.type('application/vc+jwt').send(jwt);
    } catch (error) {
      sendRouteError(res, error);
    }
  });

  app.get('/credentials/:file', async (req: Request<{ file: string }>, res: Response) => {
    const match = /^(.+)\.(jwt|json)$/.exec(req.params.file);
    try {
      if (!match) {
        res.status(404).json({ errors: [{ message: 'Niet gevonden: dit adres bestaat niet.', extensions: { code: 'NOT_FOUND' } }] });
        return;
      }
      const [, id, format] = match as unknown as [string, string, 'jwt' | 'json'];
      const account = await accountFromRequest(req, dataSource);
      const { jwt, registerNumber, validFrom } = await service().download(account, id);
      const fileName = `credential-${registerNumber}-${validFrom}.${format}`;
      if (format === 'jwt') {
        sendDownload(res, { content: Buffer.from(jwt), contentType: 'application/vc+jwt', fileName });
        return;
      }
      // The JSON form of a JWT-secured credential (VC Data Model 2.0 §4.13): an enveloped verifiable credential.
      const enveloped = { '@context': 'https://www.w3.org/ns/credentials/v2', id: `data:application/vc+jwt,${jwt}`, type: 'EnvelopedVerifiableCredential' };
      sendDownload(res, { content: Buffer.from(JSON.stringify(enveloped, null, 2)), contentType: 'application/json', fileName });
    } catch (error) {
      sendRouteError(res, error);
    }
  });
}
