import { useMutation, useQuery } from '@apollo/client/react';
import type { GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextFieldSpec } from '../forms/TextFieldsDialog';
import type { BoardFieldsFragment } from '../gql/graphql';
import { EditableRecordList } from '../grid/EditableRecordList';
import { useCursorPaging } from '../grid/useCursorPaging';
import { staleLists } from '../paging/staleLists';
import { CreateBoardMutation, StaffBoardsQuery, UpdateBoardMutation } from './graphql';

type BoardField = 'boardNumber' | 'name' | 'city';

/** `/medewerker/besturen`: the school boards; add one, or rename one (its name is public). */
export function BoardList() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const paging = useCursorPaging();
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
  ];

  return (
    <EditableRecordList
      texts={{
        title: t('boardAdmin.title'),
        intro: t('boardAdmin.intro'),
        create: t('boardAdmin.create'),
        search: t('boardAdmin.search'),
        count: (count) => t('boardAdmin.count', { count }),
        loadError: t('boardAdmin.loadError'),
        created: (name) => t('boardAdmin.created', { name }),
        saved: (name) => t('boardAdmin.saved', { name }),
        createTitle: t('boardAdmin.form.createTitle'),
        editTitle: (name) => t('boardAdmin.form.editTitle', { name }),
        actionsHeader: t('boardAdmin.columns.actions'),
        action: t('boardAdmin.rename'),
        actionFor: (name) => t('boardAdmin.renameFor', { name }),
      }}
      idPrefix="board"
      query={query}
      onSearch={setQuery}
      paging={paging}
      connection={data?.staffBoards}
      loading={loading}
      failed={Boolean(error)}
      refetch={() => void refetch()}
      columns={columns}
      fields={fields}
      valuesOf={(board) => (board ? { boardNumber: board.boardNumber, name: board.name, city: board.city } : { boardNumber: '', name: '', city: '' })}
      save={(board, input) => (board ? update({ variables: { id: board.id, version: board.version, input } }) : create({ variables: { input } }))}
    />
  );
}
