import type { CalendarDate, InformalValidationMethod } from '@srpo/domain';
import { In, type EntityManager } from 'typeorm';
import { recordAudits } from '../audit/record-audit';
import { InformalValidation } from './informal-validation.entity';

/** A theme to credit to a leader as validated informal learning. */
export interface InformalValidationInput {
  leaderId: string;
  themeId: string;
  validatedOn: CalendarDate;
  method: InformalValidationMethod;
  assessorOrganisationId?: string | null;
  portfolioCaseId?: string | null;
  peerGroupId?: string | null;
}

/**
 * Credits themes as validated informal learning: the one way to do so, inside the caller's
 * transaction (the decision that validated them), with an audit row per credit. A theme already
 * credited to the leader by the same route on the same day is not credited twice (a retried
 * decision); the rows returned are the ones this call added. A portfolio credit names its assessor
 * organisation (the source theme progress shows); a peer validation is dated on the session date.
 */
export async function recordInformalValidations(
  manager: EntityManager,
  inputs: readonly InformalValidationInput[],
  actorAccountId: string | null,
): Promise<InformalValidation[]> {
  if (inputs.length === 0) return [];
  // The organisation is the source the leader and staff see beside a portfolio credit.
  if (inputs.some((input) => input.method === 'PORTFOLIO' && !input.assessorOrganisationId)) {
    throw new Error('A portfolio validation names the assessor organisation that validated it');
  }
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(InformalValidation)
    .values(
      inputs.map((input) => ({
        leaderId: input.leaderId,
        themeId: input.themeId,
        validatedOn: input.validatedOn,
        method: input.method,
        assessorOrganisationId: input.assessorOrganisationId ?? null,
        portfolioCaseId: input.portfolioCaseId ?? null,
        peerGroupId: input.peerGroupId ?? null,
      })),
    )
    .orIgnore()
    .returning('*')
    .execute();
  const ids = (result.raw as { id: string }[]).map((row) => row.id);
  const added = ids.length === 0 ? [] : await manager.getRepository(InformalValidation).findBy({ id: In(ids) });
  await recordAudits(
    manager,
    added.map((validation) => ({ actorAccountId, entity: 'informal_validation', entityId: validation.id, action: 'VALIDATED', after: validation })),
  );
  return added;
}
