import { describe, expect, it } from 'vitest';
import { appendEdges } from './appendEdges';

describe('appendEdges', () => {
  it('keeps the edges shown and adds the next page, with the next page’s page info', () => {
    const previous = { __typename: 'Query', letters: { totalCount: 3, edges: [{ node: 1 }, { node: 2 }], pageInfo: { hasNextPage: true, endCursor: 'b' } } };
    const next = { __typename: 'Query', letters: { totalCount: 3, edges: [{ node: 3 }], pageInfo: { hasNextPage: false, endCursor: 'c' } } };
    expect(appendEdges<typeof previous, 'letters'>('letters')(previous, { fetchMoreResult: next })).toEqual({
      __typename: 'Query',
      letters: { totalCount: 3, edges: [{ node: 1 }, { node: 2 }, { node: 3 }], pageInfo: { hasNextPage: false, endCursor: 'c' } },
    });
  });
});
