import type { i18n } from 'i18next';
import { enStatistics } from '../i18n/enStatistics';
import { nlStatistics } from '../i18n/nlStatistics';
import { addPageStrings } from '../i18n/pageStrings';

/** The statistics page's strings, in the page's own chunk (see addPageStrings). */
export function addStatisticsStrings(instance: i18n): void {
  addPageStrings(instance, 'statistics.title', { nl: nlStatistics, en: enStatistics });
}
