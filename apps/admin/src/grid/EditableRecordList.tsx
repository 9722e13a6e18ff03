import Button from '@mui/material/Button';
import type { GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextFieldsDialog, type TextFieldSpec } from '../forms/TextFieldsDialog';
import { StaffSection } from '../layout/StaffSection';
import { SearchableTable } from './SearchableTable';
import type { CursorPaging } from './useCursorPaging';

interface EditableRecord {
  id: string;
  version: number;
  name: string;
}

interface RecordConnection<Row> {
  totalCount: number;
  edges: readonly { node: Row }[];
  pageInfo: { endCursor?: string | null };
}

/** The page's words, translated by the caller. */
export interface RecordListTexts {
  title: string;
  intro: string;
  create: string;
  search: string;
  count(count: number): string;
  loadError: string;
  created(name: string): string;
  saved(name: string): string;
  createTitle: string;
  editTitle(name: string): string;
  actionsHeader: string;
  /** The button on each row ('Wijzigen', 'Naam wijzigen') and its accessible name for that row. */
  action: string;
  actionFor(name: string): string;
}

export interface EditableRecordListProps<Row extends EditableRecord, Field extends string> {
  texts: RecordListTexts;
  /** Prefix of the ids of the search field and the form. */
  idPrefix: string;
  query: string;
  onSearch(query: string): void;
  paging: CursorPaging;
  connection: RecordConnection<Row> | undefined;
  loading: boolean;
  failed: boolean;
  refetch(): void;
  /** The record's columns; the button column is added. */
  columns: GridColDef<Row>[];
  fields: TextFieldSpec<Field>[];
  /** The form's values for a new record (`null`) or for `row`. */
  valuesOf(row: Row | null): Record<Field, string>;
  /** Creates (`row` null) or saves the record; throws an API error for the form to show. */
  save(row: Row | null, values: Record<Field, string>): Promise<unknown>;
}

/** A staff page of records (boards, providers): search, the paged table, and one form to add or edit a record. */
export function EditableRecordList<Row extends EditableRecord, Field extends string>(props: EditableRecordListProps<Row, Field>) {
  const { texts, idPrefix, connection, paging } = props;
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const columns: GridColDef<Row>[] = [
    ...props.columns,
    {
      field: 'actions',
      headerName: texts.actionsHeader,
      width: 150,
      renderCell: ({ row }) => (
        <Button size="small" variant="outlined" aria-label={texts.actionFor(row.name)} onClick={() => setEditing(row)}>
          {texts.action}
        </Button>
      ),
    },
  ];

  async function save(values: Record<Field, string>) {
    const row = editing === 'new' ? null : editing;
    await props.save(row, values);
    const name = values['name' as Field].trim();
    setDone(row ? texts.saved(name) : texts.created(name));
    setEditing(null);
  }

  return (
    <StaffSection
      title={texts.title}
      intro={texts.intro}
      createLabel={texts.create}
      onCreate={() => {
        setDone(null);
        setEditing('new');
      }}
      done={done}
    >
      <SearchableTable
        searchId={`${idPrefix}-search`}
        searchLabel={texts.search}
        query={props.query}
        onSearch={(words) => {
          props.onSearch(words);
          paging.reset();
        }}
        count={connection ? texts.count(connection.totalCount) : null}
        loadError={props.failed && !connection ? texts.loadError : null}
        onRetry={props.refetch}
        label={texts.title}
        rows={connection?.edges.map((edge) => edge.node) ?? []}
        columns={columns}
        rowCount={connection?.totalCount ?? 0}
        loading={props.loading}
        paging={paging}
        endCursor={connection?.pageInfo.endCursor}
      />
      {editing && (
        <TextFieldsDialog
          id={`${idPrefix}-form`}
          title={editing === 'new' ? texts.createTitle : texts.editTitle(editing.name)}
          fields={props.fields}
          initial={props.valuesOf(editing === 'new' ? null : editing)}
          submitLabel={editing === 'new' ? t('accountAdmin.form.create') : t('accountAdmin.form.save')}
          onSubmit={save}
          onClose={() => setEditing(null)}
          onReload={() => {
            setEditing(null);
            props.refetch();
          }}
        />
      )}
    </StaffSection>
  );
}
