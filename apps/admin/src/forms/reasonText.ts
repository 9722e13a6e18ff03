import { isReasonCode, REASON_MESSAGES } from '@srpo/domain';
import type { ApiReason } from '../auth/apiError';

/**
 * A reason from the API in the user's language. The API sends the Dutch message with its values
 * filled in; in English the domain's own English text is used when it needs no values, else the Dutch.
 */
export function reasonText(reason: ApiReason, language: string): string {
  if (language !== 'en' || !isReasonCode(reason.code)) return reason.message;
  const english = REASON_MESSAGES[reason.code].en;
  return english.includes('{') ? reason.message : english;
}
