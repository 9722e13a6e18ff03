import type { i18n } from 'i18next';
import { enApiDocs } from '../i18n/enApiDocs';
import { enOpenData } from '../i18n/enOpenData';
import { enVerification } from '../i18n/enVerification';
import { enWebhookDocs } from '../i18n/enWebhookDocs';
import { nlApiDocs } from '../i18n/nlApiDocs';
import { nlOpenData } from '../i18n/nlOpenData';
import { nlVerification } from '../i18n/nlVerification';
import { nlWebhookDocs } from '../i18n/nlWebhookDocs';
import { addPageStrings } from '../i18n/pageStrings';

/**
 * The API page's strings and those of its open-data, webhook and proof-of-registration sections, in the page's own
 * chunk (see addPageStrings).
 */
export function addApiDocsStrings(instance: i18n): void {
  addPageStrings(
    instance,
    'apiDocs.title',
    { nl: nlApiDocs, en: enApiDocs },
    { nl: nlOpenData, en: enOpenData },
    { nl: nlWebhookDocs, en: enWebhookDocs },
    { nl: nlVerification, en: enVerification },
  );
}
