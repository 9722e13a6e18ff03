import type { i18n } from 'i18next';
import { enApiDocs } from '../i18n/enApiDocs';
import { nlApiDocs } from '../i18n/nlApiDocs';
import { enOpenData } from '../i18n/enOpenData';
import { nlOpenData } from '../i18n/nlOpenData';

/**
 * The API page's strings travel in the page's own chunk (they are as large as the rest of the site's
 * strings together); they join the `translation` namespace the first time the page renders.
 */
export function addApiDocsStrings(instance: i18n): void {
  if (instance.exists('apiDocs.title', { lng: 'nl' })) return;
  instance.addResourceBundle('nl', 'translation', nlApiDocs, true, false);
  instance.addResourceBundle('en', 'translation', enApiDocs, true, false);
  instance.addResourceBundle('nl', 'translation', nlOpenData, true, false);
  instance.addResourceBundle('en', 'translation', enOpenData, true, false);
}
