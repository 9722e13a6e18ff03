import { describe, expect, it } from 'vitest';
import { offeringsPath } from '../routes';
import { filtersFromParams, filtersToParams, filtersToVariables } from './offeringParams';

describe('offering catalogue filters in the URL', () => {
  it('reads the theme and the words', () => {
    expect(filtersFromParams(new URLSearchParams('thema=+4+&q=+persoonlijk++leiderschap+'))).toEqual({ themeCode: '4', query: 'persoonlijk leiderschap' });
    expect(filtersFromParams(new URLSearchParams(''))).toEqual({ themeCode: '', query: '' });
  });

  it('writes only what is set, and reads back the same', () => {
    const filters = { themeCode: '4', query: 'leiderschap' };
    expect(filtersToParams(filters).toString()).toBe('thema=4&q=leiderschap');
    expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
    expect(filtersToParams({ themeCode: '', query: '  ' }).toString()).toBe('');
  });

  it('asks the API for no filter as null', () => {
    expect(filtersToVariables({ themeCode: '', query: '' })).toEqual({ themeCode: null, query: null });
    expect(filtersToVariables({ themeCode: '6', query: 'team' })).toEqual({ themeCode: '6', query: 'team' });
  });

  it('builds shareable addresses', () => {
    expect(offeringsPath()).toBe('/aanbod');
    expect(offeringsPath({ themeCode: '4' })).toBe('/aanbod?thema=4');
    expect(offeringsPath({ themeCode: '4', query: 'leiderschap' })).toBe('/aanbod?thema=4&q=leiderschap');
  });
});
