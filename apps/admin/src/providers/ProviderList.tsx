import { useMutation, useQuery } from '@apollo/client/react';
import type { GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextFieldSpec } from '../forms/TextFieldsDialog';
import type { ProviderFieldsFragment } from '../gql/graphql';
import { EditableRecordList } from '../grid/EditableRecordList';
import { useCursorPaging } from '../grid/useCursorPaging';
import { staleLists } from '../paging/staleLists';
import { CreateProviderMutation, ProvidersQuery, UpdateProviderMutation } from './graphql';

type ProviderField = 'name' | 'kvkNumber' | 'contactEmail' | 'phone' | 'website' | 'description';

const EMPTY: Record<ProviderField, string> = { name: '', kvkNumber: '', contactEmail: '', phone: '', website: '', description: '' };

/** `/medewerker/aanbieders`: the providers; add one or change one. */
export function ProviderList() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const paging = useCursorPaging();
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
  ];

  return (
    <EditableRecordList
      texts={{
        title: t('providerAdmin.title'),
        intro: t('providerAdmin.intro'),
        create: t('providerAdmin.create'),
        search: t('providerAdmin.search'),
        count: (count) => t('providerAdmin.count', { count }),
        loadError: t('providerAdmin.loadError'),
        created: (name) => t('providerAdmin.created', { name }),
        saved: (name) => t('providerAdmin.saved', { name }),
        createTitle: t('providerAdmin.form.createTitle'),
        editTitle: (name) => t('providerAdmin.form.editTitle', { name }),
        actionsHeader: t('providerAdmin.columns.actions'),
        action: t('providerAdmin.edit'),
        actionFor: (name) => t('providerAdmin.editFor', { name }),
      }}
      idPrefix="provider"
      query={query}
      onSearch={setQuery}
      paging={paging}
      connection={data?.providers}
      loading={loading}
      failed={Boolean(error)}
      refetch={() => void refetch()}
      columns={columns}
      fields={fields}
      valuesOf={(provider) =>
        provider
          ? { name: provider.name, kvkNumber: provider.kvkNumber, contactEmail: provider.contactEmail, phone: provider.phone ?? '', website: provider.website ?? '', description: provider.description ?? '' }
          : EMPTY
      }
      save={(provider, values) => {
        // Optional fields left empty are absent, not empty strings.
        const input = { ...values, phone: values.phone || null, website: values.website || null, description: values.description || null };
        return provider ? update({ variables: { id: provider.id, version: provider.version, input } }) : create({ variables: { input } });
      }}
    />
  );
}
