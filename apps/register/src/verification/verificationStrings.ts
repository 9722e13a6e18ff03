import type { i18n } from 'i18next';
import { enVerification } from '../i18n/enVerification';
import { nlVerification } from '../i18n/nlVerification';
import { addPageStrings } from '../i18n/pageStrings';

/** The verification pages' strings, in the pages' own chunk (see addPageStrings); the API page's section uses them too. */
export function addVerificationStrings(instance: i18n): void {
  addPageStrings(instance, 'verification.title', { nl: nlVerification, en: enVerification });
}
