import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { filtersToParams, type OfferingFilters } from './offeringParams';

export interface ThemeOption {
  code: string;
  name: string;
}

export interface OfferingSearchFormProps {
  /** The filters shown; when they change (back/forward, a shared link) the form follows. */
  filters: OfferingFilters;
  /** Themes to choose from (those valid today); empty while loading. */
  themes: readonly ThemeOption[];
  onSearch: (filters: OfferingFilters) => void;
}

/**
 * Filters of the offering catalogue: a theme (applies as soon as it is chosen, together with the words
 * in the box) and words (searched on submit).
 */
export function OfferingSearchForm({ filters, themes, onSearch }: OfferingSearchFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(filters);
  // Follow the URL when it changes from outside (back/forward): adjust state while rendering.
  const filtersKey = filtersToParams(filters).toString();
  const [shownKey, setShownKey] = useState(filtersKey);
  if (shownKey !== filtersKey) {
    setShownKey(filtersKey);
    setDraft(filters);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(draft);
  }

  function chooseTheme(themeCode: string) {
    const next = { ...draft, themeCode };
    setDraft(next);
    onSearch(next);
  }

  // A theme code from a shared link that is not (or not yet) in the list stays visible as chosen.
  const unknownTheme = draft.themeCode !== '' && !themes.some((theme) => theme.code === draft.themeCode);

  return (
    <Box
      component="form"
      role="search"
      aria-label={t('offerings.formLabel')}
      onSubmit={submit}
      noValidate
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 1.5, mb: 3 }}
    >
      <TextField
        select
        name="thema"
        label={t('offerings.themeLabel')}
        value={draft.themeCode}
        onChange={(event) => chooseTheme(event.target.value)}
        helperText={t('offerings.themeHint')}
        sx={{ flex: '1 1 16rem', minWidth: 0, bgcolor: 'background.paper' }}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true }, formHelperText: { sx: { mx: 0 } } }}
      >
        <option value="">{t('offerings.allThemes')}</option>
        {themes.map((theme) => (
          <option key={theme.code} value={theme.code}>
            {t('offerings.themeOption', { code: theme.code, name: theme.name })}
          </option>
        ))}
        {unknownTheme && <option value={draft.themeCode}>{t('offerings.unknownTheme', { code: draft.themeCode })}</option>}
      </TextField>
      <TextField
        name="q"
        type="search"
        label={t('offerings.queryLabel')}
        value={draft.query}
        onChange={(event) => setDraft({ ...draft, query: event.target.value })}
        autoComplete="off"
        helperText={t('offerings.queryHint')}
        sx={{ flex: '2 1 16rem', minWidth: 0, bgcolor: 'background.paper' }}
        slotProps={{ formHelperText: { sx: { mx: 0 } } }}
      />
      <Button type="submit" variant="contained" size="large" sx={{ minHeight: 56, px: 4 }}>
        {t('offerings.submit')}
      </Button>
    </Box>
  );
}
