import { deferralReasonsFor, parseCalendarDate, rulesOn, validateDeferralRequest, type CalendarDate } from '@srpo/domain';
import type { DeferralKind, DeferralOutcome, DeferralReason } from '../gql/graphql';

/** The reasons the rules in force today admit for a kind of deferral (DESIGN §3.7), from the domain. */
export function reasonsForKind(kind: DeferralKind, today: CalendarDate): readonly DeferralReason[] {
  return deferralReasonsFor(kind, rulesOn(today));
}

/** Whether the domain asks a motivation for this reason (every reason except EARLY_REGISTRANT). */
export function motivationRequired(kind: DeferralKind, reason: DeferralReason, today: CalendarDate): boolean {
  const check = validateDeferralRequest({ kind, reason, requestedOn: today, requestedDueDate: today, motivation: '' }, null, rulesOn(today));
  return !check.ok && check.reasons.some((found) => found.code === 'DEFERRAL_MOTIVATION_REQUIRED');
}

export interface DeferralDraft {
  reason: DeferralReason | '';
  requestedDueDate: string;
  motivation: string;
}

export type DeferralDraftField = 'reason' | 'requestedDueDate' | 'motivation';

/** The fields still missing before the request can be sent; the API checks the rules themselves (cap, date after due). */
export function missingFields(kind: DeferralKind, draft: DeferralDraft, today: CalendarDate): DeferralDraftField[] {
  const missing: DeferralDraftField[] = [];
  if (!draft.reason) missing.push('reason');
  if (!parseCalendarDate(draft.requestedDueDate)) missing.push('requestedDueDate');
  if (draft.reason && motivationRequired(kind, draft.reason, today) && !draft.motivation.trim()) missing.push('motivation');
  return missing;
}

export interface DecisionDraft {
  outcome: DeferralOutcome;
  /** Only for PARTLY_GRANTED; GRANTED always takes the requested date. */
  newDueDate: string;
  reasons: string;
}

export interface DecisionVariables {
  outcome: DeferralOutcome;
  newDueDate: string | null;
  reasons: string | null;
}

/**
 * What `decideDeferral` gets for a draft, or the field still missing: a full grant is the requested
 * date, a partial grant needs a date of its own, a rejection needs grounds.
 */
export function decisionVariables(
  requestedDueDate: string,
  draft: DecisionDraft,
): { ok: true; variables: DecisionVariables } | { ok: false; missing: 'newDueDate' | 'reasons' } {
  const reasons = draft.reasons.trim() || null;
  switch (draft.outcome) {
    case 'GRANTED':
      return { ok: true, variables: { outcome: 'GRANTED', newDueDate: requestedDueDate, reasons } };
    case 'PARTLY_GRANTED': {
      const date = parseCalendarDate(draft.newDueDate);
      return date ? { ok: true, variables: { outcome: 'PARTLY_GRANTED', newDueDate: date, reasons } } : { ok: false, missing: 'newDueDate' };
    }
    case 'REJECTED':
      return reasons ? { ok: true, variables: { outcome: 'REJECTED', newDueDate: null, reasons } } : { ok: false, missing: 'reasons' };
  }
}
