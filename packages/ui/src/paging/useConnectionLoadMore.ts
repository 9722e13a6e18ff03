import { appendEdges, type ConnectionLike } from './appendEdges';
import { useLoadMore } from './useLoadMore';

/** Apollo's `fetchMore`, as far as loading the page after a cursor needs it. */
export type FetchMoreAfter<TData> = (options: {
  variables: { after: string };
  updateQuery: (previous: TData, options: { fetchMoreResult: TData }) => TData;
}) => Promise<unknown>;

/**
 * "Meer laden" for a query whose top-level `field` is a connection with `$after`: loads the next page
 * and appends it (see {@link useLoadMore} for loading/failure state and focus), and tells whether there
 * is a next page. Spread the result into `LoadMoreButton`.
 */
export function useConnectionLoadMore<TData extends { [key in K]: ConnectionLike }, K extends keyof TData & string>(
  data: TData | undefined,
  field: K,
  fetchMore: FetchMoreAfter<TData>,
) {
  const connection = data?.[field];
  const state = useLoadMore(connection?.pageInfo.endCursor, connection?.edges.length ?? 0, (after) =>
    fetchMore({ variables: { after }, updateQuery: appendEdges<TData, K>(field) }),
  );
  return { ...state, hasNextPage: connection?.pageInfo.hasNextPage ?? false, onLoadMore: () => void state.loadMore() };
}
