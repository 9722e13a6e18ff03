import { useState } from 'react';

/**
 * "Meer resultaten" for a Relay list: loads the page after `endCursor` with `fetchNext`, tracks
 * loading and failure, and remembers which item is the first new one so the page can move focus to it.
 */
export function useLoadMore(endCursor: string | null | undefined, loadedCount: number, fetchNext: (after: string) => Promise<unknown>) {
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState(false);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  async function loadMore() {
    if (loadingMore || !endCursor) return;
    setLoadingMore(true);
    setMoreError(false);
    try {
      await fetchNext(endCursor);
      setFocusIndex(loadedCount);
    } catch {
      setMoreError(true);
    } finally {
      setLoadingMore(false);
    }
  }

  /** Forget paging state when a new search starts. */
  function reset() {
    setFocusIndex(null);
    setMoreError(false);
  }

  return { loadingMore, moreError, focusIndex, loadMore, reset };
}
