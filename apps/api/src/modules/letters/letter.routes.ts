import type { Express, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { sendRouteError } from '../../http/errors';
import { accountFromRequest } from '../../http/request-account';
import { LetterService } from './letter.service';

/**
 * `GET /letters/:id.pdf`: the letter as PDF, for staff and for the leader whose letter it is,
 * authorised by the session cookie. Errors are JSON in the GraphQL error shape.
 */
export function registerLetterRoutes(app: Express, dataSource: DataSource): void {
  app.get('/letters/:id.pdf', async (req: Request<{ id: string }>, res: Response) => {
    const account = await accountFromRequest(req, dataSource);
    try {
      const { letter, pdf } = await new LetterService(dataSource).pdfFor(account, req.params.id);
      res
        .status(200)
        .type('application/pdf')
        .set('Content-Disposition', `inline; filename="brief-${letter.id}.pdf"`)
        .set('Cache-Control', 'private, no-store')
        .send(pdf);
    } catch (error) {
      sendRouteError(res, error);
    }
  });
}
