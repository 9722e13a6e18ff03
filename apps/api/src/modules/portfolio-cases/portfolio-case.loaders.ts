import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { rowByKey, rowsByKey } from '../../database/loaders';
import { Account } from '../accounts/account.entity';
import { EvidenceDocument } from '../applications/evidence-document.entity';
import { AssessorOrganisation } from '../assessor-organisations/assessor-organisation.entity';
import { Theme } from '../themes/theme.entity';
import { caseThemes } from './portfolio-case.access';
import { PortfolioAssessmentRow, type PortfolioCaseTheme, PortfolioFeeLineRow, PortfolioOutcomeProposalRow } from './portfolio-case.entity';

/** Per-request loaders of everything a portfolio case shows: one query per kind for all cases of a request. */
export function createPortfolioCaseLoaders(dataSource: DataSource) {
  return {
    themesByCaseId: new DataLoader<string, PortfolioCaseTheme[]>(async (ids) => {
      const byCase = await caseThemes(dataSource, ids);
      return ids.map((id) => (byCase.get(id) ?? []).map((theme) => ({ portfolioCaseId: id, themeId: theme.themeId, outcome: theme.outcome, grounds: theme.grounds })));
    }),
    themeById: rowByKey(dataSource, Theme, 'id'),
    documentsByCaseId: rowsByKey(dataSource, EvidenceDocument, 'portfolioCaseId', { uploadedAt: 'ASC', id: 'ASC' }),
    assessmentsByCaseId: rowsByKey(dataSource, PortfolioAssessmentRow, 'portfolioCaseId', { round: 'ASC', recordedAt: 'ASC' }),
    proposalsByCaseId: rowsByKey(dataSource, PortfolioOutcomeProposalRow, 'portfolioCaseId', { recordedAt: 'ASC' }),
    feeLinesByCaseId: rowsByKey(dataSource, PortfolioFeeLineRow, 'portfolioCaseId', { createdAt: 'ASC', id: 'ASC' }),
    organisationById: rowByKey(dataSource, AssessorOrganisation, 'id'),
    accountById: new DataLoader<string, Pick<Account, 'id' | 'displayName'> | null>(async (ids) => {
      const rows = await dataSource.getRepository(Account).find({ where: { id: In([...ids]) }, select: { id: true, displayName: true } });
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
  };
}

export type PortfolioCaseLoaders = ReturnType<typeof createPortfolioCaseLoaders>;
