import { useQuery } from '@apollo/client/react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditActorSearchQuery } from './graphql';

export interface Actor {
  id: string;
  displayName: string;
  email: string;
}

/** The words typed, once typing pauses: one search per pause, not per key. */
function useSettled(value: string, delay = 250): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** "Gedaan door": an account found by part of its name or e-mail address (the API searches). */
export function ActorPicker({ value, onChange }: { value: Actor | null; onChange(value: Actor | null): void }) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const words = useSettled(input.trim());
  const found = useQuery(AuditActorSearchQuery, { variables: { query: words || null }, skip: words.length < 2 || words === value?.displayName });
  const options = (found.data?.accounts.edges ?? []).map(({ node }) => node);
  return (
    <Autocomplete
      id="audit-actor"
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
      loading={found.loading}
      noOptionsText={t('audit.filters.actorNone')}
      loadingText={t('audit.filters.actorLoading')}
      size="small"
      sx={{ flex: '1 1 14rem', maxWidth: '22rem' }}
      renderInput={(params) => <TextField {...params} label={t('audit.filters.actor')} helperText={t('audit.filters.actorHint')} />}
    />
  );
}
