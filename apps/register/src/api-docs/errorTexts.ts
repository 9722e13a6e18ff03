import { isReasonCode, REASON_MESSAGES } from '@srpo/domain';
import type { CatalogueEntry, ErrorClass } from './apiFacts';

/** English descriptions of the error classes (the Dutch ones come with the API's catalogue). */
const CLASS_EN: Record<ErrorClass, string> = {
  BAD_USER_INPUT: 'The input is invalid or a rule does not allow it; `reason` says which rule.',
  UNAUTHENTICATED: 'Not signed in, the sign-in failed, or the API key is unknown or revoked.',
  FORBIDDEN: 'Signed in, but not allowed to do this.',
  NOT_FOUND: 'What you asked for does not exist, or is not visible to you.',
  CONFLICT: 'Clashes with the current state: changed meanwhile, already exists, or not possible at this stage.',
  RATE_LIMITED: 'Too many requests or attempts; try again later (see `Retry-After`).',
  QUERY_TOO_COMPLEX: 'The query is too deep, too large or too expensive; ask for less at once.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side; the details are only in our log.',
};

/** A catalogue entry's description in the page's language where the register has it (else Dutch), without the values the API fills in. */
export function catalogueText(entry: CatalogueEntry, language: string): { text: string; lang: 'nl' | 'en' } {
  let text = entry.nl;
  let lang: 'nl' | 'en' = 'nl';
  if (language === 'en') {
    if (entry.source === 'class' && entry.code in CLASS_EN) text = CLASS_EN[entry.code as ErrorClass];
    else if (entry.source === 'domain' && isReasonCode(entry.code)) text = REASON_MESSAGES[entry.code].en;
    lang = text === entry.nl ? 'nl' : 'en';
  }
  return { text: text.replace(/\{\w+\}\.$/, '…').replace(/\{\w+\}/g, '…'), lang };
}
