import type { MessageTree } from '@srpo/ui';
import type { i18n } from 'i18next';

/**
 * A page's own strings travel in the page's chunk (the API page's are as large as the rest of the site's strings
 * together); they join the `translation` namespace, deep-merged, the first time the page renders. `probeKey` is one of them.
 */
export function addPageStrings(instance: i18n, probeKey: string, ...bundles: { nl: MessageTree; en: MessageTree }[]): void {
  if (instance.exists(probeKey, { lng: 'nl' })) return;
  for (const { nl, en } of bundles) {
    instance.addResourceBundle('nl', 'translation', nl, true, false);
    instance.addResourceBundle('en', 'translation', en, true, false);
  }
}
