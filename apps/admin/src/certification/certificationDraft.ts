import { parseCalendarDate } from '@srpo/domain';
import type { CertificationDecisionInput, CertificationOutcome } from '../gql/graphql';
import type { Claim } from '../provider/ClaimFieldset';

export type CertificationDraftMissing = 'outcome' | 'scope' | 'grounds';

export interface CertificationDraft {
  /** Null until the committee member chooses: nothing is preselected, so one click never certifies. */
  outcome: CertificationOutcome | null;
  /** What is certified: all or part of the claim. */
  scope: Claim;
  validFrom: string;
  validUntil: string;
  grounds: string;
}

/**
 * The decision input for a draft, or what is missing: a certification needs at least one (sub)theme
 * (unless nothing was claimed, as for a programme), a rejection needs grounds. Empty dates are left to
 * the API's defaults (today, six years). Without a chosen outcome nothing is decided.
 */
export function certificationInput(
  draft: CertificationDraft,
  claimed: Claim,
): { ok: true; input: CertificationDecisionInput } | { ok: false; missing: CertificationDraftMissing } {
  if (draft.outcome === null) return { ok: false, missing: 'outcome' };
  const grounds = draft.grounds.trim() || null;
  if (draft.outcome === 'REJECTED') return grounds ? { ok: true, input: { outcome: 'REJECTED', grounds } } : { ok: false, missing: 'grounds' };
  const claimedAnything = claimed.themeCodes.length + claimed.subthemeCodes.length > 0;
  if (claimedAnything && draft.scope.themeCodes.length + draft.scope.subthemeCodes.length === 0) return { ok: false, missing: 'scope' };
  const keep = (chosen: readonly string[], from: readonly string[]) => from.filter((code) => chosen.includes(code));
  return {
    ok: true,
    input: {
      outcome: 'CERTIFIED',
      themeCodes: keep(draft.scope.themeCodes, claimed.themeCodes),
      subthemeCodes: keep(draft.scope.subthemeCodes, claimed.subthemeCodes),
      validFrom: parseCalendarDate(draft.validFrom) ?? null,
      validUntil: parseCalendarDate(draft.validUntil) ?? null,
      grounds,
    },
  };
}
