import { describe, expect, it } from 'vitest';
import { criteriaFromParams, criteriaToParams, hasCriteria } from './searchParams';

describe('search criteria in the URL', () => {
  it('reads the query, statuses and titles', () => {
    expect(criteriaFromParams(new URLSearchParams('q=+dijk+&status=CONDITIONAL&status=EXPIRED&titel=RDO'))).toEqual({
      query: 'dijk',
      statuses: ['CONDITIONAL', 'EXPIRED'],
      titles: ['RDO'],
    });
  });

  it('ignores unknown and repeated values', () => {
    expect(criteriaFromParams(new URLSearchParams('status=ONBEKEND&status=ACTIVE&status=ACTIVE&titel=rdo'))).toEqual({
      query: '',
      statuses: ['ACTIVE'],
      titles: [],
    });
  });

  it('writes only what is set, and reads back the same', () => {
    const criteria = { query: 'van Dijk', statuses: ['CONDITIONAL' as const], titles: [] };
    const params = criteriaToParams(criteria);
    expect(params.toString()).toBe('q=van+Dijk&status=CONDITIONAL');
    expect(criteriaFromParams(params)).toEqual(criteria);
    expect(criteriaToParams({ query: '  ', statuses: [], titles: [] }).toString()).toBe('');
  });

  it('searches once anything is asked', () => {
    expect(hasCriteria({ query: '', statuses: [], titles: [] })).toBe(false);
    expect(hasCriteria({ query: '', statuses: [], titles: ['RADO'] })).toBe(true);
    expect(hasCriteria({ query: '100001', statuses: [], titles: [] })).toBe(true);
  });
});
