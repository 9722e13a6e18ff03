import { useMutation, useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import type { GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextFieldsDialog, type TextFieldSpec } from '../forms/TextFieldsDialog';
import type { BoardFieldsFragment } from '../gql/graphql';
import { SearchableTable } from '../grid/SearchableTable';
import { useCursorPaging } from '../grid/useCursorPaging';
import { StaffSection } from '../layout/StaffSection';
import { staleLists } from '../paging/staleLists';
import { CreateBoardMutation, StaffBoardsQuery, UpdateBoardMutation } from './graphql';

type BoardField = 'boardNumber' | 'name' | 'city';

/** `/medewerker/besturen`: the school boards; add one, or rename one (its name is public). */
export function BoardList() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const paging = useCursorPaging();
  const [editing, setEditing] = useState<BoardFieldsFragment | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { data, error, loading, refetch } = useQuery(StaffBoardsQuery, { variables: { query: query || null, first: paging.first, after: paging.after }, fetchPolicy: 'cache-and-network' });
  const [create] = useMutation(CreateBoardMutation, { update: staleLists('staffBoards', 'boards') });
  const [update] = useMutation(UpdateBoardMutation, { update: staleLists('boards') });

  const fields: TextFieldSpec<BoardField>[] = [
    { name: 'name', label: t('boardAdmin.form.name'), required: true, autoComplete: 'organization' },
    { name: 'boardNumber', label: t('boardAdmin.form.boardNumber'), required: true },
    { name: 'city', label: t('boardAdmin.form.city'), required: true },
  ];
  const columns: GridColDef<BoardFieldsFragment>[] = [
    { field: 'name', headerName: t('boardAdmin.columns.name'), flex: 2, minWidth: 220 },
    { field: 'boardNumber', headerName: t('boardAdmin.columns.boardNumber'), flex: 1, minWidth: 140 },
    { field: 'city', headerName: t('boardAdmin.columns.city'), flex: 1, minWidth: 140 },
    {
      field: 'actions',
      headerName: t('boardAdmin.columns.actions'),
      width: 150,
      renderCell: ({ row }) => (
        <Button size="small" variant="outlined" aria-label={t('boardAdmin.renameFor', { name: row.name })} onClick={() => setEditing(row)}>
          {t('boardAdmin.rename')}
        </Button>
      ),
    },
  ];

  async function save(values: Record<BoardField, string>) {
    if (editing === 'new') {
      await create({ variables: { input: values } });
      setDone(t('boardAdmin.created', { name: values.name.trim() }));
    } else if (editing) {
      await update({ variables: { id: editing.id, version: editing.version, input: values } });
      setDone(t('boardAdmin.saved', { name: values.name.trim() }));
    }
    setEditing(null);
  }

  const connection = data?.staffBoards;
  return (
    <StaffSection
      title={t('boardAdmin.title')}
      intro={t('boardAdmin.intro')}
      createLabel={t('boardAdmin.create')}
      onCreate={() => {
        setDone(null);
        setEditing('new');
      }}
      done={done}
    >
      <SearchableTable
        searchId="board-search"
        searchLabel={t('boardAdmin.search')}
        query={query}
        onSearch={(words) => {
          setQuery(words);
          paging.reset();
        }}
        count={connection ? t('boardAdmin.count', { count: connection.totalCount }) : null}
        loadError={error && !connection ? t('boardAdmin.loadError') : null}
        onRetry={() => void refetch()}
        label={t('boardAdmin.title')}
        rows={connection?.edges.map((edge) => edge.node) ?? []}
        columns={columns}
        rowCount={connection?.totalCount ?? 0}
        loading={loading}
        paging={paging}
        endCursor={connection?.pageInfo.endCursor}
      />
      {editing && (
        <TextFieldsDialog
          id="board-form"
          title={editing === 'new' ? t('boardAdmin.form.createTitle') : t('boardAdmin.form.editTitle', { name: editing.name })}
          fields={fields}
          initial={editing === 'new' ? { boardNumber: '', name: '', city: '' } : { boardNumber: editing.boardNumber, name: editing.name, city: editing.city }}
          submitLabel={editing === 'new' ? t('accountAdmin.form.create') : t('accountAdmin.form.save')}
          onSubmit={save}
          onClose={() => setEditing(null)}
          onReload={() => {
            setEditing(null);
            void refetch();
          }}
        />
      )}
    </StaffSection>
  );
}
