import { useQuery } from '@apollo/client/react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessorOrganisationsQuery } from '../assessor-organisations/graphql';
import { StaffBoardsQuery } from '../boards/graphql';
import { ProvidersQuery } from '../providers/graphql';

export interface Organisation {
  id: string;
  name: string;
}

export interface OrganisationPickerProps {
  id: string;
  kind: 'board' | 'provider' | 'assessorOrganisation';
  label: string;
  value: Organisation | null;
  onChange(value: Organisation | null): void;
}

/** Picks a board, provider or assessor organisation by typing part of its name: the API searches (there are about a thousand boards). */
export function OrganisationPicker({ id, kind, label, value, onChange }: OrganisationPickerProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const variables = { query: input.trim() || null, first: 20 };
  const boards = useQuery(StaffBoardsQuery, { variables, skip: kind !== 'board' });
  const providers = useQuery(ProvidersQuery, { variables, skip: kind !== 'provider' });
  const assessorOrganisations = useQuery(AssessorOrganisationsQuery, { variables, skip: kind !== 'assessorOrganisation' });
  const { found, loading } = {
    board: { found: boards.data?.staffBoards.edges, loading: boards.loading },
    provider: { found: providers.data?.providers.edges, loading: providers.loading },
    assessorOrganisation: { found: assessorOrganisations.data?.assessorOrganisations.edges, loading: assessorOrganisations.loading },
  }[kind];
  const options: Organisation[] = found?.map(({ node }) => ({ id: node.id, name: node.name })) ?? [];
  return (
    <Autocomplete
      id={id}
      options={value && !options.some((option) => option.id === value.id) ? [value, ...options] : options}
      value={value}
      onChange={(_event, next) => onChange(next)}
      inputValue={input}
      onInputChange={(_event, next) => setInput(next)}
      filterOptions={(all) => all}
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      loading={loading}
      noOptionsText={t('accountAdmin.form.noOptions')}
      loadingText={t('accountAdmin.form.loadingOptions')}
      renderInput={(params) => <TextField {...params} label={label} required />}
    />
  );
}
