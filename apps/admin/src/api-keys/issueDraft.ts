import { isEmailAddress } from '@srpo/domain';
import type { ApiKeyScope, IssueApiKeyInput } from '../gql/graphql';

export const API_KEY_SCOPES: readonly ApiKeyScope[] = ['PUBLIC_READ', 'BULK_LOOKUP', 'WEBHOOKS'];

export interface IssueDraft {
  organisation: string;
  contactName: string;
  contactEmail: string;
  purpose: string;
  scopes: readonly ApiKeyScope[];
}

export type IssueField = keyof IssueDraft;

export const emptyIssueDraft: IssueDraft = { organisation: '', contactName: '', contactEmail: '', purpose: '', scopes: ['PUBLIC_READ'] };

/** The input to send, or the fields to fill in first (in form order). */
export function issueInput(draft: IssueDraft): { ok: true; input: IssueApiKeyInput } | { ok: false; missing: IssueField[] } {
  const input: IssueApiKeyInput = {
    organisation: draft.organisation.trim(),
    contactName: draft.contactName.trim(),
    contactEmail: draft.contactEmail.trim(),
    purpose: draft.purpose.trim(),
    scopes: API_KEY_SCOPES.filter((scope) => draft.scopes.includes(scope)),
  };
  const missing: IssueField[] = [];
  if (!input.organisation) missing.push('organisation');
  if (!input.contactName) missing.push('contactName');
  if (!isEmailAddress(input.contactEmail)) missing.push('contactEmail');
  if (!input.purpose) missing.push('purpose');
  if (input.scopes.length === 0) missing.push('scopes');
  return missing.length > 0 ? { ok: false, missing } : { ok: true, input };
}
