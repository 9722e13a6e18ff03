import type { PortfolioCase as DomainPortfolioCase } from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { assertId } from '../../database/row-lock';
import { AppError } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { SchoolLeader } from '../leaders/school-leader.entity';
import { isOfficer } from '../offerings/offering-owner';
import { PortfolioCase } from './portfolio-case.entity';

/** Who may do what with a case: the leader whose case it is, an assessor of its organisation, or (read only) staff and committee. */
export type CaseRole = 'LEADER' | 'ASSESSOR' | 'OFFICER';

export const NOT_FOUND_MESSAGE = 'Dit portfoliodossier bestaat niet.';

/** Whether the account acts for the assessor organisation (an ASSESSOR account of it). */
export function isOrganisationAssessor(actor: Account, assessorOrganisationId: string): boolean {
  return actor.roles.includes(Role.ASSESSOR) && actor.assessorOrganisationId === assessorOrganisationId;
}

/** The roles the account has on the case (none: the case does not exist for it). */
export async function rolesOnCase(db: DataSource | EntityManager, actor: Account, row: PortfolioCase): Promise<CaseRole[]> {
  const roles: CaseRole[] = [];
  if (actor.roles.includes(Role.LEADER) && (await db.getRepository(SchoolLeader).existsBy({ id: row.leaderId, accountId: actor.id }))) roles.push('LEADER');
  // The organisation sees a case from its submission on: a draft is the leader's alone.
  if (isOrganisationAssessor(actor, row.assessorOrganisationId) && row.state !== 'DRAFT') roles.push('ASSESSOR');
  if (isOfficer(actor)) roles.push('OFFICER');
  return roles;
}

/**
 * Locks a case for a change by `role` (SELECT … FOR UPDATE) and checks the version the client saw:
 * anyone without that role on the case gets NOT_FOUND (another organisation's assessor learns
 * nothing, not even that the case exists), a stale version CONFLICT.
 */
export async function lockCaseFor(manager: EntityManager, actor: Account, role: 'LEADER' | 'ASSESSOR', id: string, version: number | null): Promise<PortfolioCase> {
  assertId(id, 'caseId');
  const row = await manager.getRepository(PortfolioCase).createQueryBuilder('row').setLock('pessimistic_write').where('row.id = :id', { id }).getOne();
  if (!row || !(await rolesOnCase(manager, actor, row)).includes(role)) throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
  if (version !== null && row.version !== version) {
    throw new AppError('CONFLICT', 'Dit portfoliodossier is intussen door iemand anders gewijzigd. Laad de gegevens opnieuw en probeer het nog eens.', {
      reason: 'VERSION_CONFLICT',
      currentVersion: row.version,
    });
  }
  return row;
}

/** A case's themes (id, code, outcome), in catalogue order. */
export interface CaseThemeFacts {
  themeId: string;
  code: string;
  name: string;
  outcome: 'VALIDATED' | 'NOT_VALIDATED' | null;
  grounds: string | null;
}

export async function caseThemes(db: DataSource | EntityManager, caseIds: readonly string[]): Promise<Map<string, CaseThemeFacts[]>> {
  const rows = (await db.query(
    `SELECT ct.portfolio_case_id AS "caseId", ct.theme_id AS "themeId", t.code, t.name, ct.outcome, ct.grounds
       FROM portfolio_case_theme ct JOIN theme t ON t.id = ct.theme_id
      WHERE ct.portfolio_case_id = ANY($1::uuid[])
      ORDER BY t.sort_order, t.code`,
    [[...caseIds]],
  )) as (CaseThemeFacts & { caseId: string })[];
  const byCase = new Map<string, CaseThemeFacts[]>(caseIds.map((id) => [id, []]));
  for (const { caseId, ...theme } of rows) byCase.get(caseId)?.push(theme);
  return byCase;
}

/** The case as the domain sees it (`themes` limits the theme codes, e.g. to those still to decide). */
export function domainCase(row: PortfolioCase, themes: readonly CaseThemeFacts[]): DomainPortfolioCase {
  return { state: row.state, themeCodes: themes.map((theme) => theme.code), assessorIds: row.assessorIds, resubmissions: row.resubmissions };
}
