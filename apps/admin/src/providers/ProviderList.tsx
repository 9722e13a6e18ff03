import { useMutation, useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import type { GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextFieldsDialog, type TextFieldSpec } from '../forms/TextFieldsDialog';
import type { ProviderFieldsFragment } from '../gql/graphql';
import { SearchableTable } from '../grid/SearchableTable';
import { useCursorPaging } from '../grid/useCursorPaging';
import { StaffSection } from '../layout/StaffSection';
import { staleLists } from '../paging/staleLists';
import { CreateProviderMutation, ProvidersQuery, UpdateProviderMutation } from './graphql';

type ProviderField = 'name' | 'kvkNumber' | 'contactEmail' | 'phone' | 'website' | 'description';

const EMPTY: Record<ProviderField, string> = { name: '', kvkNumber: '', contactEmail: '', phone: '', website: '', description: '' };

/** `/medewerker/aanbieders`: the providers; add one or change one. */
export function ProviderList() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const paging = useCursorPaging();
  const [editing, setEditing] = useState<ProviderFieldsFragment | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { data, error, loading, refetch } = useQuery(ProvidersQuery, { variables: { query: query || null, first: paging.first, after: paging.after }, fetchPolicy: 'cache-and-network' });
  const [create] = useMutation(CreateProviderMutation, { update: staleLists('providers') });
  const [update] = useMutation(UpdateProviderMutation);

  const fields: TextFieldSpec<ProviderField>[] = [
    { name: 'name', label: t('providerAdmin.form.name'), required: true, autoComplete: 'organization' },
    { name: 'kvkNumber', label: t('providerAdmin.form.kvkNumber'), required: true },
    { name: 'contactEmail', label: t('providerAdmin.form.contactEmail'), required: true, type: 'email', autoComplete: 'email' },
    { name: 'phone', label: t('providerAdmin.form.phone'), type: 'tel', autoComplete: 'tel' },
    { name: 'website', label: t('providerAdmin.form.website'), type: 'url', autoComplete: 'url' },
    { name: 'description', label: t('providerAdmin.form.description'), multiline: true },
  ];
  const columns: GridColDef<ProviderFieldsFragment>[] = [
    { field: 'name', headerName: t('providerAdmin.columns.name'), flex: 2, minWidth: 200 },
    { field: 'kvkNumber', headerName: t('providerAdmin.columns.kvkNumber'), flex: 1, minWidth: 130 },
    { field: 'contactEmail', headerName: t('providerAdmin.columns.contactEmail'), flex: 1.5, minWidth: 200 },
    { field: 'phone', headerName: t('providerAdmin.columns.phone'), flex: 1, minWidth: 130 },
    {
      field: 'actions',
      headerName: t('providerAdmin.columns.actions'),
      width: 150,
      renderCell: ({ row }) => (
        <Button size="small" variant="outlined" aria-label={t('providerAdmin.editFor', { name: row.name })} onClick={() => setEditing(row)}>
          {t('providerAdmin.edit')}
        </Button>
      ),
    },
  ];

  async function save(values: Record<ProviderField, string>) {
    const input = { ...values, phone: values.phone || null, website: values.website || null, description: values.description || null };
    if (editing === 'new') {
      await create({ variables: { input } });
      setDone(t('providerAdmin.created', { name: values.name.trim() }));
    } else if (editing) {
      await update({ variables: { id: editing.id, version: editing.version, input } });
      setDone(t('providerAdmin.saved', { name: values.name.trim() }));
    }
    setEditing(null);
  }

  const connection = data?.providers;
  return (
    <StaffSection
      title={t('providerAdmin.title')}
      intro={t('providerAdmin.intro')}
      createLabel={t('providerAdmin.create')}
      onCreate={() => {
        setDone(null);
        setEditing('new');
      }}
      done={done}
    >
      <SearchableTable
        searchId="provider-search"
        searchLabel={t('providerAdmin.search')}
        query={query}
        onSearch={(words) => {
          setQuery(words);
          paging.reset();
        }}
        count={connection ? t('providerAdmin.count', { count: connection.totalCount }) : null}
        loadError={error && !connection ? t('providerAdmin.loadError') : null}
        onRetry={() => void refetch()}
        label={t('providerAdmin.title')}
        rows={connection?.edges.map((edge) => edge.node) ?? []}
        columns={columns}
        rowCount={connection?.totalCount ?? 0}
        loading={loading}
        paging={paging}
        endCursor={connection?.pageInfo.endCursor}
      />
      {editing && (
        <TextFieldsDialog
          id="provider-form"
          title={editing === 'new' ? t('providerAdmin.form.createTitle') : t('providerAdmin.form.editTitle', { name: editing.name })}
          fields={fields}
          initial={
            editing === 'new'
              ? EMPTY
              : { name: editing.name, kvkNumber: editing.kvkNumber, contactEmail: editing.contactEmail, phone: editing.phone ?? '', website: editing.website ?? '', description: editing.description ?? '' }
          }
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
