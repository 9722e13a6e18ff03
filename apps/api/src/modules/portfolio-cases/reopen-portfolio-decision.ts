import type { CalendarDate } from '@srpo/domain';
import { reopenPortfolioDecision as reopenedState } from '@srpo/domain';
import type { EntityManager } from 'typeorm';
import { lockForChange } from '../../database/row-lock';
import { valueOrThrow } from '../../http/errors';
import { recordAudit } from '../audit/record-audit';
import { PortfolioCase } from './portfolio-case.entity';

/**
 * Reopens a portfolio case's standing decision after an upheld objection (§3.8), where the domain
 * says: an insufficient assessment goes back to its two assessors (the round's checklists go, they
 * assess again); an outcome goes back to them after the interview, and the themes not validated are
 * decided again (their outcome and the proposals go). A validation stands: an objection never
 * leaves the leader worse off. Audited.
 */
export async function reopenPortfolioDecision(manager: EntityManager, id: string, today: CalendarDate, actorAccountId: string): Promise<void> {
  const row = await lockForChange(manager, PortfolioCase, id, null, 'Dit portfoliodossier');
  const before = { ...row };
  const state = valueOrThrow(reopenedState(row.state));
  let reopened: Record<string, unknown>;
  if (state === 'SUBMITTED') {
    const [assessments] = (await manager.query(`DELETE FROM portfolio_assessment WHERE portfolio_case_id = $1 AND round = $2 RETURNING *`, [id, row.round])) as [
      unknown[],
      number,
    ];
    Object.assign(row, { state, assessedOn: null });
    reopened = { withdrawnAssessments: assessments };
  } else {
    const [themes] = (await manager.query(
      `UPDATE portfolio_case_theme SET outcome = NULL, grounds = NULL WHERE portfolio_case_id = $1 AND outcome = 'NOT_VALIDATED' RETURNING theme_id`,
      [id],
    )) as [{ theme_id: string }[], number];
    const themeIds = themes.map((theme) => theme.theme_id);
    await manager.query(`DELETE FROM portfolio_outcome_proposal WHERE portfolio_case_id = $1 AND theme_id = ANY($2::uuid[])`, [id, themeIds]);
    Object.assign(row, { state, decidedOn: null });
    reopened = { reopenedThemeIds: themeIds };
  }
  const saved = await manager.getRepository(PortfolioCase).save(row);
  await recordAudit(manager, { actorAccountId, entity: 'portfolio_case', entityId: id, action: 'REOPEN', before, after: { ...saved, reopenedOn: today, ...reopened } });
}
