import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface SearchFormProps {
  id: string;
  label: string;
  /** The search words in force. */
  query: string;
  onSearch(query: string): void;
  /** Further filters beside the words (selects that apply at once). */
  children?: ReactNode;
}

/** A search landmark: words (applied on "Zoeken") and optional filters. */
export function SearchForm({ id, label, query, onSearch, children }: SearchFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(query);
  return (
    <Box
      component="form"
      role="search"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 2, alignItems: 'flex-start' }}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(draft.trim());
      }}
    >
      <TextField id={id} label={label} value={draft} onChange={(event) => setDraft(event.target.value)} size="small" sx={{ flex: '1 1 16rem', maxWidth: '28rem' }} />
      {children}
      <Button type="submit" variant="contained">
        {t('accountAdmin.submit')}
      </Button>
    </Box>
  );
}
