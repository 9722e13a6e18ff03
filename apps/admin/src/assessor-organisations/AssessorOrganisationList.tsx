import { useMutation, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import type { GridColDef } from '@mui/x-data-grid';
import { formatDate, formatEuroCents, parseEuroCents, useLanguage } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextFieldSpec } from '../forms/TextFieldsDialog';
import type { AssessorFeeScheduleInput, AssessorOrganisationFieldsFragment } from '../gql/graphql';
import type { nlAssessorOrganisations } from '../i18n/nlAssessorOrganisations';
import { EditableRecordList } from '../grid/EditableRecordList';
import { useCursorPaging } from '../grid/useCursorPaging';
import { staleLists } from '../paging/staleLists';
import { AssessorOrganisationsQuery, CreateAssessorOrganisationMutation, UpdateAssessorOrganisationMutation } from './graphql';

type FormText = keyof typeof nlAssessorOrganisations.assessorOrganisationAdmin.form;
type Fee = 'oneOff' | 'perTheme' | 'perInterview' | 'resubmission';
type Field = 'name' | 'kvkNumber' | 'contactEmail' | 'phone' | 'certifiedFrom' | 'certifiedUntil' | Fee;

const FEES: readonly Fee[] = ['oneOff', 'perTheme', 'perInterview', 'resubmission'];
const EMPTY: Record<Field, string> = { name: '', kvkNumber: '', contactEmail: '', phone: '', certifiedFrom: '', certifiedUntil: '', oneOff: '', perTheme: '', perInterview: '', resubmission: '' };

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

  // In the form an amount reads as a plain number ('450,00'); the API counts cents.
  const amount = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
  const label = (key: FormText) => t(`assessorOrganisationAdmin.form.${key}`);
  const dateRequired = (value: string) => (value ? null : label('dateRequired'));
  const amountValid = (value: string) => (parseEuroCents(value) === null ? label('amountInvalid') : null);
  const fields: TextFieldSpec<Field>[] = [
    { name: 'name', label: label('name'), required: true, autoComplete: 'organization' },
    { name: 'kvkNumber', label: label('kvkNumber'), required: true, inputMode: 'numeric' },
    { name: 'contactEmail', label: label('contactEmail'), required: true, type: 'email', autoComplete: 'email' },
    { name: 'phone', label: label('phone'), type: 'tel', autoComplete: 'tel' },
    { name: 'certifiedFrom', label: label('certifiedFrom'), required: true, type: 'date', check: dateRequired },
    { name: 'certifiedUntil', label: label('certifiedUntil'), required: true, type: 'date', check: dateRequired },
    ...FEES.map((fee) => ({ name: fee, label: label(fee), required: true, inputMode: 'decimal' as const, hint: label('amountHint'), check: amountValid })),
  ];

  const feeLines = (row: AssessorOrganisationFieldsFragment) => [
    t('assessorOrganisationAdmin.fees.oneOff', { amount: formatEuroCents(row.feeSchedule.oneOffCents, language) }),
    t('assessorOrganisationAdmin.fees.perTheme', { amount: formatEuroCents(row.feeSchedule.perThemeCents, language) }),
    t('assessorOrganisationAdmin.fees.perInterview', { amount: formatEuroCents(row.feeSchedule.perInterviewCents, language) }),
    t('assessorOrganisationAdmin.fees.resubmission', { amount: formatEuroCents(row.feeSchedule.resubmissionCents, language) }),
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
          {feeLines(row).map((line) => (
            <span key={line}>{line}</span>
          ))}
        </Box>
      ),
    },
  ];

  function valuesOf(row: AssessorOrganisationFieldsFragment | null): Record<Field, string> {
    if (!row) return EMPTY;
    const { feeSchedule: fees } = row;
    return {
      name: row.name,
      kvkNumber: row.kvkNumber,
      contactEmail: row.contactEmail,
      phone: row.phone ?? '',
      certifiedFrom: row.certifiedFrom,
      certifiedUntil: row.certifiedUntil,
      oneOff: amount.format(fees.oneOffCents / 100),
      perTheme: amount.format(fees.perThemeCents / 100),
      perInterview: amount.format(fees.perInterviewCents / 100),
      resubmission: amount.format(fees.resubmissionCents / 100),
    };
  }

  function save(row: AssessorOrganisationFieldsFragment | null, values: Record<Field, string>) {
    // The fields' checks ran: every amount parses.
    const cents = (fee: Fee) => parseEuroCents(values[fee]) ?? 0;
    const feeSchedule: AssessorFeeScheduleInput = {
      oneOffCents: cents('oneOff'),
      perThemeCents: cents('perTheme'),
      perInterviewCents: cents('perInterview'),
      resubmissionCents: cents('resubmission'),
    };
    const input = {
      name: values.name,
      kvkNumber: values.kvkNumber,
      contactEmail: values.contactEmail,
      phone: values.phone || null,
      certifiedFrom: values.certifiedFrom,
      certifiedUntil: values.certifiedUntil,
      feeSchedule,
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
