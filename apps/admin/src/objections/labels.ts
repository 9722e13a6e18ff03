import type { TFunction } from 'i18next';
import { nlObjections } from '../i18n/nlObjections';

type Outcome = keyof typeof nlObjections.objections.outcome;

/** A decision's outcome code (its kind's own) in words; an unknown code (a newer API) reads "besloten". */
export function outcomeLabel(t: TFunction<'translation'>, outcome: string): string {
  const known = (Object.keys(nlObjections.objections.outcome) as Outcome[]).find((code) => code === outcome && code !== 'unknown');
  return t(`objections.outcome.${known ?? 'unknown'}`);
}
