import type { i18n } from 'i18next';
import { enApiDocs } from '../i18n/enApiDocs';
import { enOpenData } from '../i18n/enOpenData';
import { nlApiDocs } from '../i18n/nlApiDocs';
import { nlOpenData } from '../i18n/nlOpenData';
import { addPageStrings } from '../i18n/pageStrings';

/** The API page's strings and its open-data section's, in the page's own chunk (see addPageStrings). */
export function addApiDocsStrings(instance: i18n): void {
  addPageStrings(instance, 'apiDocs.title', { nl: nlApiDocs, en: enApiDocs }, { nl: nlOpenData, en: enOpenData });
}
