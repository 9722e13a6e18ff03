import type { GridPaginationModel } from '@mui/x-data-grid';
import { useCallback, useState } from 'react';

export const PAGE_SIZES = [10, 25, 50] as const;

export interface CursorPaging {
  /** For the grid's `paginationModel`. */
  paginationModel: GridPaginationModel;
  /** The query's `first` and `after` for the page on screen. */
  first: number;
  after: string | null;
  /**
   * For the grid's `onPaginationModelChange`; `endCursor` is that of the page on screen, which is where
   * the next page starts. Pages already visited keep their own cursor, so "back" asks for the same rows.
   */
  onPaginationModelChange(model: GridPaginationModel, endCursor: string | null | undefined): void;
  /** Back to the first page (after a filter change). */
  reset(): void;
}

/**
 * Server-side paging over a Relay-style connection: the grid counts pages, the API counts cursors,
 * so the cursor where each page starts is kept per page number.
 */
export function useCursorPaging(pageSize: number = PAGE_SIZES[1]): CursorPaging {
  const [paginationModel, setPaginationModel] = useState<GridPaginationModel>({ page: 0, pageSize });
  const [cursors, setCursors] = useState<ReadonlyMap<number, string | null>>(() => new Map([[0, null]]));

  const onPaginationModelChange = useCallback(
    (model: GridPaginationModel, endCursor: string | null | undefined) => {
      if (model.pageSize !== paginationModel.pageSize) {
        setCursors(new Map([[0, null]]));
        setPaginationModel({ page: 0, pageSize: model.pageSize });
        return;
      }
      if (model.page === paginationModel.page + 1 && endCursor) {
        setCursors((known) => new Map(known).set(model.page, endCursor));
        setPaginationModel(model);
      } else if (cursors.has(model.page)) {
        setPaginationModel(model);
      }
    },
    [cursors, paginationModel],
  );

  const reset = useCallback(() => {
    setCursors(new Map([[0, null]]));
    setPaginationModel((model) => ({ ...model, page: 0 }));
  }, []);

  return {
    paginationModel,
    first: paginationModel.pageSize,
    after: cursors.get(paginationModel.page) ?? null,
    onPaginationModelChange,
    reset,
  };
}
