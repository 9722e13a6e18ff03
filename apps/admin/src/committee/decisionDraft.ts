import type { ApiReason } from '../auth/apiError';
import type { ApplicationFieldsFragment, DecisionInput, DecisionOutcome, QualificationLevel } from '../gql/graphql';

/** What a committee member has filled in for one application, before it is sent. */
export interface DecisionDraft {
  outcome: DecisionOutcome | '';
  /** Motivering (required by the API when rejecting). */
  reasons: string;
  /** For the diploma-evaluation route: the level the committee sets. */
  grantedLevel: QualificationLevel | '';
  exceptionJustification: string;
  /** Set when the API answered APPLICATION_EXCEPTION_NEEDS_JUSTIFICATION: why the rules say no. */
  exceptionReasons: readonly ApiReason[] | null;
}

export const EMPTY_DRAFT: DecisionDraft = { outcome: '', reasons: '', grantedLevel: '', exceptionJustification: '', exceptionReasons: null };

/** Whether the member has chosen an outcome (only those go along with "Hele agenda besluiten"). */
export function isFilledIn(draft: DecisionDraft): boolean {
  return draft.outcome !== '';
}

/** The API input for a filled-in draft, with the version of the application the member saw. */
export function toDecisionInput(application: Pick<ApplicationFieldsFragment, 'id' | 'version'>, draft: DecisionDraft): DecisionInput {
  if (draft.outcome === '') throw new Error('No outcome chosen.');
  const text = (value: string) => (value.trim() ? value.trim() : null);
  return {
    applicationId: application.id,
    version: application.version,
    outcome: draft.outcome,
    reasons: text(draft.reasons),
    grantedLevel: draft.grantedLevel || null,
    exceptionJustification: draft.outcome === 'APPROVED' ? text(draft.exceptionJustification) : null,
  };
}
