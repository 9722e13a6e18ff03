import {
  isPortfolioCaseOpen,
  portfolioFeeLines,
  rulesOn,
  transitionPortfolio,
  validateNewPortfolioThemes,
  validatePortfolioOrganisation,
  validatePortfolioSubmission,
  type CalendarDate,
} from '@srpo/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { assertId } from '../../database/row-lock';
import { AppError, valueOrThrow } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { storeDocument, type Upload } from '../applications/evidence.routes';
import type { EvidenceDocument } from '../applications/evidence-document.entity';
import { AssessorOrganisation } from '../assessor-organisations/assessor-organisation.entity';
import { feeScheduleOf } from '../assessor-organisations/assessor-organisation.service';
import { recordAudit } from '../audit/record-audit';
import { leaderOfAccount } from '../leaders/leader.service';
import { Theme } from '../themes/theme.entity';
import { caseThemes, domainCase, lockCaseFor } from './portfolio-case.access';
import { PortfolioCase, PortfolioCaseTheme, PortfolioFeeLineRow } from './portfolio-case.entity';

/** Records the fee lines a step adds (the domain prices them from the organisation's schedule). */
export async function chargeFees(
  manager: EntityManager,
  row: PortfolioCase,
  step: 'SUBMIT' | 'RESUBMIT' | 'PLAN_INTERVIEW',
  themeCount: number,
  today: CalendarDate,
): Promise<void> {
  const organisation = await manager.getRepository(AssessorOrganisation).findOneByOrFail({ id: row.assessorOrganisationId });
  const lines = portfolioFeeLines(step, themeCount, feeScheduleOf(organisation));
  // clock_timestamp() (not the transaction's now()) keeps the lines of one step in the domain's order.
  if (lines.length > 0) {
    await manager.getRepository(PortfolioFeeLineRow).insert(lines.map((line) => ({ ...line, portfolioCaseId: row.id, chargedOn: today, createdAt: () => 'clock_timestamp()' })));
  }
}

/** Saves a state change of a case with its audit row (every state change is audited). */
export async function saveCaseChange(manager: EntityManager, actor: Account, before: object, row: PortfolioCase, action: string): Promise<PortfolioCase> {
  const saved = await manager.getRepository(PortfolioCase).save(row);
  await recordAudit(manager, { actorAccountId: actor.id, entity: 'portfolio_case', entityId: row.id, action, before, after: saved });
  return saved;
}

/** States in which the leader may still add or remove portfolio documents. */
const EDITABLE: readonly PortfolioCase['state'][] = ['DRAFT', 'INSUFFICIENT'];

/**
 * The leader's side of a portfolio case (DESIGN §3.6): open a case for one or two themes at a
 * certified organisation, add the portfolio per theme, submit, and resubmit once after an
 * insufficient assessment. The domain decides; every change is audited.
 */
export class PortfolioCaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Account,
    private readonly today: CalendarDate,
  ) {}

  async open(assessorOrganisationId: string, themeIds: readonly string[]): Promise<PortfolioCase> {
    assertId(assessorOrganisationId, 'assessorOrganisationId');
    for (const id of themeIds) assertId(id, 'themeIds');
    const rules = rulesOn(this.today);
    return this.dataSource.transaction(async (manager) => {
      const leader = await leaderOfAccount(manager, this.actor);
      // One leader's cases are opened one at a time, so two requests cannot both take the last free theme.
      await manager.query(`SELECT id FROM school_leader WHERE id = $1 FOR UPDATE`, [leader.id]);
      const organisation = await manager.getRepository(AssessorOrganisation).findOneBy({ id: assessorOrganisationId });
      if (!organisation) throw new AppError('NOT_FOUND', 'Deze assessororganisatie bestaat niet.', { field: 'assessorOrganisationId' });
      valueOrThrow(validatePortfolioOrganisation(organisation, this.today));
      const themes = themeIds.length === 0 ? [] : await manager.getRepository(Theme).findBy({ id: In([...new Set(themeIds)]) });
      if (themes.length !== new Set(themeIds).size) throw new AppError('NOT_FOUND', 'Een gekozen thema bestaat niet.', { field: 'themeIds' });
      const codeOf = new Map(themes.map((theme) => [theme.id, theme.code]));
      valueOrThrow(validateNewPortfolioThemes(themeIds.map((id) => codeOf.get(id)!), await this.openThemeCodes(manager, leader.id), rules));

      const row = await manager.getRepository(PortfolioCase).save(
        manager.getRepository(PortfolioCase).create({ leaderId: leader.id, assessorOrganisationId, state: 'DRAFT', openedOn: this.today, resubmissions: 0 }),
      );
      await manager.getRepository(PortfolioCaseTheme).insert(themes.map((theme) => ({ portfolioCaseId: row.id, themeId: theme.id })));
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'portfolio_case', entityId: row.id, action: 'OPEN', after: { ...row, themeIds: themes.map((theme) => theme.id) } });
      return row;
    });
  }

  /** The codes of the themes in the leader's open cases (they count against the two at once). */
  private async openThemeCodes(manager: EntityManager, leaderId: string): Promise<string[]> {
    const rules = rulesOn(this.today);
    const cases = await manager.getRepository(PortfolioCase).findBy({ leaderId, state: In(['DRAFT', 'SUBMITTED', 'INSUFFICIENT', 'SUFFICIENT', 'INTERVIEW_PLANNED']) });
    const open = cases.filter((row) => isPortfolioCaseOpen(row, rules));
    const themes = await caseThemes(manager, open.map((row) => row.id));
    return [...themes.values()].flat().map((theme) => theme.code);
  }

  /** Adds a portfolio document for one theme of the leader's case, while it can still change (upload route). */
  async addDocument(caseId: string, themeId: string, upload: Upload): Promise<EvidenceDocument> {
    assertId(themeId, 'themeId');
    return this.dataSource.transaction(async (manager) => {
      const row = await lockCaseFor(manager, this.actor, 'LEADER', caseId, null);
      this.assertEditable(row);
      if (!(await manager.getRepository(PortfolioCaseTheme).existsBy({ portfolioCaseId: caseId, themeId }))) {
        throw new AppError('NOT_FOUND', 'Dit thema hoort niet bij dit portfoliodossier.', { field: 'themeId' });
      }
      return storeDocument(manager, this.actor, { portfolioCaseId: caseId, portfolioThemeId: themeId }, upload);
    });
  }

  /** Removes a portfolio document the leader added, while the portfolio can still change. */
  async removeDocument(caseId: string, documentId: string): Promise<PortfolioCase> {
    assertId(documentId, 'documentId');
    return this.dataSource.transaction(async (manager) => {
      const row = await lockCaseFor(manager, this.actor, 'LEADER', caseId, null);
      this.assertEditable(row);
      const [deleted] = (await manager.query(`DELETE FROM evidence_document WHERE id = $1 AND portfolio_case_id = $2 RETURNING *`, [documentId, caseId])) as [
        unknown[],
        number,
      ];
      if (deleted.length === 0) throw new AppError('NOT_FOUND', 'Dit document hoort niet bij dit portfoliodossier.', { field: 'documentId' });
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'evidence_document', entityId: documentId, action: 'REMOVE', before: deleted[0] });
      return row;
    });
  }

  private assertEditable(row: PortfolioCase): void {
    if (!EDITABLE.includes(row.state)) {
      throw new AppError('CONFLICT', 'Het portfolio kan alleen worden gewijzigd voordat het is ingediend of na een onvoldoende beoordeling.', {
        reason: 'PORTFOLIO_TRANSITION_NOT_ALLOWED',
      });
    }
  }

  /** Submits the portfolio (a document per theme needed); the one-off and per-theme fees are charged. */
  async submit(id: string, version: number): Promise<PortfolioCase> {
    return this.step(id, version, 'SUBMIT');
  }

  /** Resubmits after an insufficient assessment (once); the resubmission fee is charged and a new round of assessment starts. */
  async resubmit(id: string, version: number): Promise<PortfolioCase> {
    return this.step(id, version, 'RESUBMIT');
  }

  private async step(id: string, version: number, type: 'SUBMIT' | 'RESUBMIT'): Promise<PortfolioCase> {
    return this.dataSource.transaction(async (manager) => {
      const row = await lockCaseFor(manager, this.actor, 'LEADER', id, version);
      const themes = (await caseThemes(manager, [id])).get(id)!;
      const before = { ...row };
      const state = valueOrThrow(transitionPortfolio(domainCase(row, themes), { type }, rulesOn(this.today)));
      if (type === 'RESUBMIT' && (await manager.query(`SELECT 1 FROM objection WHERE decision_kind = 'PORTFOLIO_OUTCOME' AND decision_id = $1 AND status = 'FILED'`, [id])).length > 0) {
        throw new AppError('CONFLICT', 'Tegen de beoordeling loopt uw bezwaar; wacht de beslissing daarop af voordat u opnieuw indient.', { reason: 'PORTFOLIO_OBJECTION_PENDING' });
      }
      const counts = (await manager.query(
        `SELECT t.code, count(*)::int AS count FROM evidence_document d JOIN theme t ON t.id = d.portfolio_theme_id WHERE d.portfolio_case_id = $1 GROUP BY t.code`,
        [id],
      )) as { code: string; count: number }[];
      valueOrThrow(validatePortfolioSubmission(themes.map((theme) => theme.code), new Map(counts.map((entry) => [entry.code, entry.count]))));
      Object.assign(row, { state, submittedOn: this.today, assessedOn: null, resubmissions: row.resubmissions + (type === 'RESUBMIT' ? 1 : 0) });
      await chargeFees(manager, row, type, themes.length, this.today);
      return saveCaseChange(manager, this.actor, before, row, type);
    });
  }
}
