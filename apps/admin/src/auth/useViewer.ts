import { useQuery } from '@apollo/client/react';
import type { ViewerQuery as ViewerResult } from '../gql/graphql';
import { ViewerQuery } from './graphql';

export type Viewer = NonNullable<ViewerResult['viewer']>;

export interface ViewerState {
  /** The signed-in account; null when anonymous, undefined while loading or after an error. */
  viewer: Viewer | null | undefined;
  loading: boolean;
  error: Error | undefined;
  refetch: () => void;
}

/** The signed-in account (the `viewer` query), shared through the Apollo cache by every guard and menu. */
export function useViewer(): ViewerState {
  const { data, loading, error, refetch } = useQuery(ViewerQuery);
  return {
    viewer: data ? data.viewer : undefined,
    loading: loading && !data,
    error,
    refetch: () => void refetch(),
  };
}
