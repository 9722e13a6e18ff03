import { InMemoryCache } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { ApplicationCountsQuery } from '../staff/graphql';
import { staleLists } from './staleLists';

describe('staleLists', () => {
  it('drops the named lists from the cache, so they are fetched again', () => {
    const cache = new InMemoryCache();
    cache.writeQuery({ query: ApplicationCountsQuery, data: { __typename: 'Query', applicationCounts: [{ __typename: 'ApplicationStatusCount', status: 'SUBMITTED', count: 1 }] } });
    expect(cache.readQuery({ query: ApplicationCountsQuery })?.applicationCounts).toHaveLength(1);

    staleLists('applicationCounts')(cache);

    expect(cache.readQuery({ query: ApplicationCountsQuery })).toBeNull();
  });
});
