/** What every paged list of the API answers with (a Relay connection), as far as paging needs it. */
export interface ConnectionLike {
  edges: readonly unknown[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * `updateQuery` for Apollo's `fetchMore` on a query whose top-level `field` is a connection: the next
 * page's edges are appended to those already shown; page info and totals come from the next page.
 */
export function appendEdges<TData extends { [key in K]: ConnectionLike }, K extends keyof TData & string>(field: K) {
  return (previous: TData, { fetchMoreResult }: { fetchMoreResult: TData }): TData => ({
    ...fetchMoreResult,
    [field]: { ...fetchMoreResult[field], edges: [...previous[field].edges, ...fetchMoreResult[field].edges] },
  });
}
