import { REOPENED_STATE, type CalendarDate } from '@srpo/domain';
import type { EntityManager } from 'typeorm';
import { lockForChange } from '../../database/row-lock';
import { recordAudit } from '../audit/record-audit';
import { PortfolioCase } from './portfolio-case.entity';

/**
 * Reopens a portfolio case's outcome after an upheld objection (§3.8): back with its two assessors
 * after the interview, the themes not validated are decided again (their outcome and the assessors'
 * proposals go). A validation stands: an objection never leaves the leader worse off. Audited.
 */
export async function reopenPortfolioOutcome(manager: EntityManager, id: string, today: CalendarDate, actorAccountId: string): Promise<void> {
  const row = await lockForChange(manager, PortfolioCase, id, null, 'Dit portfoliodossier');
  const before = { ...row };
  const [reopened] = (await manager.query(
    `UPDATE portfolio_case_theme SET outcome = NULL, grounds = NULL WHERE portfolio_case_id = $1 AND outcome = 'NOT_VALIDATED' RETURNING theme_id`,
    [id],
  )) as [{ theme_id: string }[], number];
  await manager.query(`DELETE FROM portfolio_outcome_proposal WHERE portfolio_case_id = $1 AND theme_id = ANY($2::uuid[])`, [id, reopened.map((theme) => theme.theme_id)]);
  Object.assign(row, { state: REOPENED_STATE.PORTFOLIO_OUTCOME, decidedOn: null });
  const saved = await manager.getRepository(PortfolioCase).save(row);
  await recordAudit(manager, { actorAccountId, entity: 'portfolio_case', entityId: id, action: 'REOPEN', before, after: { ...saved, reopenedOn: today, reopenedThemeIds: reopened.map((theme) => theme.theme_id) } });
}
