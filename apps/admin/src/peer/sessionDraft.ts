import { amsterdamInstant } from '@srpo/domain';
/** The publish form as typed. */
export interface SessionDraft {
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  facilitatorId: string | null;
  capacity: string;
}

export type SessionDraftProblem = 'dateRequired' | 'startTimeRequired' | 'endTimeRequired' | 'endBeforeStart' | 'locationRequired' | 'facilitatorRequired' | 'capacityRequired';

export interface SessionInput {
  startsAt: string;
  endsAt: string;
  location: string;
  facilitatorAccountId: string;
  capacity: number;
}

export const EMPTY_SESSION_DRAFT: SessionDraft = { date: '', startTime: '', endTime: '', location: '', facilitatorId: null, capacity: '9' };

/**
 * What is missing or malformed in the form, or the mutation's input. Only completeness is checked
 * here; the rules (a future date, whole trios, the maximum) are the API's, which answers with the
 * domain's reasons.
 */
export function readSessionDraft(draft: SessionDraft): { problems: SessionDraftProblem[]; input: SessionInput | null } {
  const problems: SessionDraftProblem[] = [];
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(draft.date);
  const startsAt = validDate ? amsterdamInstant(draft.date, draft.startTime) : null;
  const endsAt = validDate ? amsterdamInstant(draft.date, draft.endTime) : null;
  if (!validDate || (startsAt === null && /^\d{2}:\d{2}$/.test(draft.startTime))) problems.push('dateRequired');
  if (!/^\d{2}:\d{2}$/.test(draft.startTime)) problems.push('startTimeRequired');
  if (!/^\d{2}:\d{2}$/.test(draft.endTime)) problems.push('endTimeRequired');
  if (startsAt !== null && endsAt !== null && endsAt <= startsAt) problems.push('endBeforeStart');
  if (draft.location.trim() === '') problems.push('locationRequired');
  if (draft.facilitatorId === null) problems.push('facilitatorRequired');
  const capacity = Number(draft.capacity);
  if (!/^\d+$/.test(draft.capacity.trim()) || capacity < 1) problems.push('capacityRequired');
  if (problems.length > 0 || startsAt === null || endsAt === null || draft.facilitatorId === null) return { problems, input: null };
  return { problems, input: { startsAt, endsAt, location: draft.location.trim(), facilitatorAccountId: draft.facilitatorId, capacity } };
}
