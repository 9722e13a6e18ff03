import { useQuery } from '@apollo/client/react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FacilitatorCandidatesQuery } from './graphql';

export interface Facilitator {
  id: string;
  displayName: string;
  email: string;
}

export interface FacilitatorPickerProps {
  value: Facilitator | null;
  onChange(value: Facilitator | null): void;
  error: boolean;
}

/** Picks the facilitator among active staff and assessor accounts by typing part of a name or e-mail address (the API searches). */
export function FacilitatorPicker({ value, onChange, error }: FacilitatorPickerProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const query = input.trim() || null;
  const staff = useQuery(FacilitatorCandidatesQuery, { variables: { query, role: 'STAFF' } });
  const assessors = useQuery(FacilitatorCandidatesQuery, { variables: { query, role: 'ASSESSOR' } });
  const found = [...(staff.data?.accounts.edges ?? []), ...(assessors.data?.accounts.edges ?? [])].map(({ node }) => node);
  const options = [...new Map(found.map((account) => [account.id, account])).values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
  return (
    <Autocomplete
      id="peer-facilitator"
      options={value && !options.some((option) => option.id === value.id) ? [value, ...options] : options}
      value={value}
      onChange={(_event, next) => onChange(next)}
      inputValue={input}
      onInputChange={(_event, next) => setInput(next)}
      filterOptions={(all) => all}
      getOptionLabel={(option) => option.displayName}
      renderOption={({ key, ...props }, option) => (
        <li key={key} {...props}>
          {option.displayName} ({option.email})
        </li>
      )}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      loading={staff.loading || assessors.loading}
      noOptionsText={t('peer.staff.publish.noOptions')}
      loadingText={t('peer.staff.publish.loadingOptions')}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('peer.staff.publish.facilitator')}
          required
          error={error}
          helperText={error ? t('peer.staff.publish.facilitatorRequired') : t('peer.staff.publish.facilitatorHint')}
        />
      )}
    />
  );
}
