import { useQuery } from '@apollo/client/react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffBoardsQuery } from '../boards/graphql';
import { ProvidersQuery } from '../providers/graphql';

export interface Organisation {
  id: string;
  name: string;
}

export interface OrganisationPickerProps {
  id: string;
  kind: 'board' | 'provider';
  label: string;
  value: Organisation | null;
  onChange(value: Organisation | null): void;
}

/** Picks a board or provider by typing part of its name: the API searches (there are about a thousand boards). */
export function OrganisationPicker({ id, kind, label, value, onChange }: OrganisationPickerProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const variables = { query: input.trim() || null, first: 20 };
  const boards = useQuery(StaffBoardsQuery, { variables, skip: kind !== 'board' });
  const providers = useQuery(ProvidersQuery, { variables, skip: kind !== 'provider' });
  const found = kind === 'board' ? boards.data?.staffBoards.edges : providers.data?.providers.edges;
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
      loading={kind === 'board' ? boards.loading : providers.loading}
      noOptionsText={t('accountAdmin.form.noOptions')}
      loadingText={t('accountAdmin.form.loadingOptions')}
      renderInput={(params) => <TextField {...params} label={label} required />}
    />
  );
}
