import Typography from '@mui/material/Typography';
import type { GridValidRowModel } from '@mui/x-data-grid';
import { ErrorMessage } from '@srpo/ui';
import type { ReactNode } from 'react';
import { SearchForm } from '../forms/SearchForm';
import { DataTable, type DataTableProps } from './DataTable';

export interface SearchableTableProps<Row extends GridValidRowModel> extends DataTableProps<Row> {
  /** Id and label of the search words' field. */
  searchId: string;
  searchLabel: string;
  query: string;
  /** New search words: the caller filters and goes back to the first page. */
  onSearch(query: string): void;
  /** Filters beside the words. */
  filters?: ReactNode;
  /** "12 besturen"; null while nothing has loaded. */
  count: string | null;
  /** Shown instead of the table when the list could not be loaded at all. */
  loadError: string | null;
  onRetry(): void;
}

/** A searchable list of records: search landmark, the number found and the server-paged table (cards on a phone). */
export function SearchableTable<Row extends GridValidRowModel>({ searchId, searchLabel, query, onSearch, filters, count, loadError, onRetry, ...table }: SearchableTableProps<Row>) {
  return (
    <>
      <SearchForm id={searchId} label={searchLabel} query={query} onSearch={onSearch}>
        {filters}
      </SearchForm>
      {loadError ? (
        <ErrorMessage message={loadError} onRetry={onRetry} />
      ) : (
        <>
          <Typography sx={{ mb: 1 }} data-testid={`${searchId}-count`}>
            {count ?? ''}
          </Typography>
          <DataTable {...table} />
        </>
      )}
    </>
  );
}
