import { useMutation, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import type { GridColDef } from '@mui/x-data-grid';
import { formatDate, useLanguage } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextFieldSpec } from '../forms/TextFieldsDialog';
import type { AssessorOrganisationFieldsFragment } from '../gql/graphql';
import type { nlAssessorOrganisations } from '../i18n/nlAssessorOrganisations';
import { EditableRecordList } from '../grid/EditableRecordList';
import { useCursorPaging } from '../grid/useCursorPaging';
import { staleLists } from '../paging/staleLists';
import { useFeeScheduleFields, type Fee } from './useFeeScheduleFields';
import { AssessorOrganisationsQuery, CreateAssessorOrganisationMutation, UpdateAssessorOrganisationMutation } from './graphql';

type FormText = keyof typeof nlAssessorOrganisations.assessorOrganisationAdmin.form;
type Field = 'name' | 'kvkNumber' | 'contactEmail' | 'phone' | 'certifiedFrom' | 'certifiedUntil' | Fee;

const EMPTY: Record<Exclude<Field, Fee>, string> = { name: '', kvkNumber: '', contactEmail: '', phone: '', certifiedFrom: '', certifiedUntil: '' };

/** `/medewerker/beoordelaarsorganisaties`: the organisations the register certified to assess portfolios; add one or change one. */
export function AssessorOrganisationList() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [query, setQuery] = useState('');
  const paging = useCursorPaging();
  const { data, error, loading, refetch } = useQuery(AssessorOrganisationsQuery, {
    variables: { query: query || null, first: paging.first, after: paging.after },
    fetchPolicy: 'cache-and-network',
  });
  const [create] = useMutation(CreateAssessorOrganisationMutation, { update: staleLists('assessorOrganisations', 'certifiedAssessorOrganisations') });
  const [update] = useMutation(UpdateAssessorOrganisationMutation, { update: staleLists('certifiedAssessorOrganisations') });

  const fees = useFeeScheduleFields();
  const label = (key: FormText) => t(`assessorOrganisationAdmin.form.${key}`);
  const dateRequired = (value: string) => (value ? null : label('dateRequired'));
  const fields: TextFieldSpec<Field>[] = [
    { name: 'name', label: label('name'), required: true, autoComplete: 'organization' },
    { name: 'kvkNumber', label: label('kvkNumber'), required: true, inputMode: 'numeric' },
    { name: 'contactEmail', label: label('contactEmail'), required: true, type: 'email', autoComplete: 'email' },
    { name: 'phone', label: label('phone'), type: 'tel', autoComplete: 'tel' },
    { name: 'certifiedFrom', label: label('certifiedFrom'), required: true, type: 'date', check: dateRequired },
    { name: 'certifiedUntil', label: label('certifiedUntil'), required: true, type: 'date', check: dateRequired },
    ...fees.fields,
  ];

  const columns: GridColDef<AssessorOrganisationFieldsFragment>[] = [
    { field: 'name', headerName: t('assessorOrganisationAdmin.columns.name'), flex: 1.6, minWidth: 180 },
    { field: 'kvkNumber', headerName: t('assessorOrganisationAdmin.columns.kvkNumber'), flex: 0.8, minWidth: 110 },
    {
      field: 'period',
      headerName: t('assessorOrganisationAdmin.columns.period'),
      flex: 1.4,
      minWidth: 170,
      valueGetter: (_value, row) => t('assessorOrganisationAdmin.period', { from: formatDate(row.certifiedFrom, language), until: formatDate(row.certifiedUntil, language) }),
    },
    {
      field: 'certifiedToday',
      headerName: t('assessorOrganisationAdmin.columns.status'),
      flex: 1,
      minWidth: 150,
      renderCell: ({ row }) => (
        <Chip
          size="small"
          color={row.certifiedToday ? 'success' : 'default'}
          variant={row.certifiedToday ? 'filled' : 'outlined'}
          label={t(row.certifiedToday ? 'assessorOrganisationAdmin.certified' : 'assessorOrganisationAdmin.notCertified')}
        />
      ),
    },
    {
      field: 'feeSchedule',
      headerName: t('assessorOrganisationAdmin.columns.fees'),
      flex: 1.4,
      minWidth: 190,
      renderCell: ({ row }) => (
        <Box component="span" sx={{ display: 'grid' }}>
          {fees.lines(row.feeSchedule).map((line) => (
            <span key={line}>{line}</span>
          ))}
        </Box>
      ),
    },
  ];

  function valuesOf(row: AssessorOrganisationFieldsFragment | null): Record<Field, string> {
    if (!row) return { ...EMPTY, ...fees.valuesOf(null) };
    return {
      name: row.name,
      kvkNumber: row.kvkNumber,
      contactEmail: row.contactEmail,
      phone: row.phone ?? '',
      certifiedFrom: row.certifiedFrom,
      certifiedUntil: row.certifiedUntil,
      ...fees.valuesOf(row.feeSchedule),
    };
  }

  function save(row: AssessorOrganisationFieldsFragment | null, values: Record<Field, string>) {
    const input = {
      name: values.name,
      kvkNumber: values.kvkNumber,
      contactEmail: values.contactEmail,
      phone: values.phone || null,
      certifiedFrom: values.certifiedFrom,
      certifiedUntil: values.certifiedUntil,
      feeSchedule: fees.scheduleOf(values),
    };
    return row ? update({ variables: { id: row.id, version: row.version, input } }) : create({ variables: { input } });
  }

  return (
    <EditableRecordList
      texts={{
        title: t('assessorOrganisationAdmin.title'),
        intro: t('assessorOrganisationAdmin.intro'),
        create: t('assessorOrganisationAdmin.create'),
        search: t('assessorOrganisationAdmin.search'),
        count: (count) => t('assessorOrganisationAdmin.count', { count }),
        loadError: t('assessorOrganisationAdmin.loadError'),
        created: (name) => t('assessorOrganisationAdmin.created', { name }),
        saved: (name) => t('assessorOrganisationAdmin.saved', { name }),
        createTitle: label('createTitle'),
        editTitle: (name) => t('assessorOrganisationAdmin.form.editTitle', { name }),
        actionsHeader: t('assessorOrganisationAdmin.columns.actions'),
        action: t('assessorOrganisationAdmin.edit'),
        actionFor: (name) => t('assessorOrganisationAdmin.editFor', { name }),
      }}
      idPrefix="assessor-organisation"
      query={query}
      onSearch={setQuery}
      paging={paging}
      connection={data?.assessorOrganisations}
      loading={loading}
      failed={Boolean(error)}
      refetch={() => void refetch()}
      columns={columns}
      fields={fields}
      valuesOf={valuesOf}
      save={save}
    />
  );
}
