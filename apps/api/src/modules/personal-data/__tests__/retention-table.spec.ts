import { readFileSync } from 'node:fs';
import { RETENTION_RULES } from '@srpo/domain';
import { describe, expect, it } from 'vitest';

describe('the README\'s "Bewaartermijnen" table', () => {
  it('prints every retention rule as it is', () => {
    const readme = readFileSync(new URL('../../../../../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('### Bewaartermijnen'));
    for (const rule of RETENTION_RULES) {
      expect(table).toContain(`| ${rule.category} | ${rule.what} | ${rule.periodText} | ${rule.basis} | ${rule.outcome} |`);
    }
  });
});
