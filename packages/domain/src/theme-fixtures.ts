import type { CertificationPeriod } from './certification';
import { START_THEME_CATALOGUE } from './themes';
import type { FormalCompletion, ThemeDefinition } from './theme-completion';
import { d } from './test-support';

/** Test catalogue: the start themes, with subthemes for 4 and 6 (test-only helper). */
export const CATALOGUE: readonly ThemeDefinition[] = START_THEME_CATALOGUE.map((theme) => ({
  code: theme.code,
  isWildcard: theme.isWildcard,
  validity: { validFrom: theme.validFrom, validUntil: theme.validUntil },
  subthemeCodes: theme.code === '4' ? ['4.1', '4.2'] : theme.code === '6' ? ['6.1', '6.2', '6.3'] : [],
}));

export const CERTIFIED: CertificationPeriod = { validFrom: d('2014-01-01'), validUntil: d('2022-12-31') };

/** A formal completion for tests. */
export function completion(id: string, completedOn: string, themeCodes: string[], subthemeCodes: string[] = [], certification = CERTIFIED): FormalCompletion {
  return { id, completedOn: d(completedOn), certification, themeCodes, subthemeCodes };
}
