import type { Express, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { sendRouteError } from '../../http/errors';
import { sendDownload } from '../../http/file-response';
import { accountFromRequest } from '../../http/request-account';
import { LetterService, type LetterVerificationUrl } from './letter.service';

/**
 * `GET /letters/:id.pdf`: the letter as PDF, for staff and for the leader whose letter it is,
 * authorised by the session cookie. Errors are JSON in the GraphQL error shape.
 */
export function registerLetterRoutes(app: Express, dataSource: DataSource, verificationUrlOf?: LetterVerificationUrl): void {
  app.get('/letters/:id.pdf', async (req: Request<{ id: string }>, res: Response) => {
    const account = await accountFromRequest(req, dataSource);
    try {
      const { letter, pdf } = await new LetterService(dataSource, verificationUrlOf).pdfFor(account, req.params.id);
      sendDownload(res, { content: pdf, contentType: 'application/pdf', fileName: `brief-${letter.id}.pdf` });
    } catch (error) {
      sendRouteError(res, error);
    }
  });
}
