import { displayName, todayInAmsterdam } from '@srpo/domain';
import type { Express } from 'express';
import type { DataSource } from 'typeorm';
import { assertId } from '../../database/row-lock';
import { AppError, sendRouteError } from '../../http/errors';
import { sendDownload } from '../../http/file-response';
import { describeDocument, rawUpload, readUpload, signedInAccount } from '../applications/evidence.routes';
import { AssessorOrganisation } from '../assessor-organisations/assessor-organisation.entity';
import { SchoolLeader } from '../leaders/school-leader.entity';
import { caseThemes, NOT_FOUND_MESSAGE, rolesOnCase } from './portfolio-case.access';
import { PortfolioCase, PortfolioFeeLineRow } from './portfolio-case.entity';
import { PortfolioCaseService } from './portfolio-case.service';
import { renderInvoicePdf } from './portfolio-invoice';

/**
 * `POST /portfolio-cases/:id/themes/:themeId/documents` (raw body, `Content-Type` of the file,
 * `X-File-Name`): the leader adds a portfolio document for one theme, through the same document store
 * and type checks as evidence (the file itself: `GET /documents/:id`). `GET /portfolio-cases/:id/invoice.pdf`:
 * the invoice of the fee lines, for the leader, the organisation's assessors, staff and committee.
 */
export function registerPortfolioCaseRoutes(app: Express, dataSource: DataSource): void {
  app.post('/portfolio-cases/:id/themes/:themeId/documents', rawUpload(), async (req, res) => {
    try {
      const account = await signedInAccount(req, dataSource);
      const upload = await readUpload(req);
      const service = new PortfolioCaseService(dataSource, account, todayInAmsterdam(new Date()));
      res.status(201).json(describeDocument(await service.addDocument(String(req.params.id), String(req.params.themeId), upload)));
    } catch (error) {
      sendRouteError(res, error);
    }
  });

  app.get('/portfolio-cases/:id/invoice.pdf', async (req, res) => {
    try {
      const account = await signedInAccount(req, dataSource);
      const id = String(req.params.id);
      assertId(id, 'id');
      const row = await dataSource.getRepository(PortfolioCase).findOneBy({ id });
      if (!row || (await rolesOnCase(dataSource, account, row)).length === 0) throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
      const lines = await dataSource.getRepository(PortfolioFeeLineRow).find({ where: { portfolioCaseId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
      if (lines.length === 0) throw new AppError('NOT_FOUND', 'Voor dit portfoliodossier zijn nog geen kosten in rekening gebracht.');
      const [organisation, leader, themes] = await Promise.all([
        dataSource.getRepository(AssessorOrganisation).findOneByOrFail({ id: row.assessorOrganisationId }),
        dataSource.getRepository(SchoolLeader).findOneByOrFail({ id: row.leaderId }),
        caseThemes(dataSource, [id]),
      ]);
      const content = await renderInvoicePdf({
        caseId: id,
        organisation,
        leaderName: displayName(leader),
        registerNumber: leader.registerNumber,
        themeNames: themes.get(id)!.map((theme) => `thema ${theme.code} „${theme.name}”`),
        lines,
        datedOn: todayInAmsterdam(new Date()),
      });
      sendDownload(res, { content, contentType: 'application/pdf', fileName: `factuur-portfolio-${id}.pdf` });
    } catch (error) {
      sendRouteError(res, error);
    }
  });
}
