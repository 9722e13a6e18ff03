import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import TextField from '@mui/material/TextField';
import { REGISTRATION_STATUSES, REGISTRATION_TITLES, useRegistrationLabels } from '@srpo/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { criteriaToParams, type SearchCriteria } from './searchParams';

/** How a search was started: the search button (focus may move to the results) or a filter (focus stays on it). */
export type SearchTrigger = 'submit' | 'filter';

export interface SearchFormProps {
  /** The criteria shown; when they change (back/forward, a shared link) the form follows. */
  criteria: SearchCriteria;
  onSearch: (criteria: SearchCriteria, trigger: SearchTrigger) => void;
  /** Status and title filters (the search page); the home page shows only the search box. */
  showFilters?: boolean;
}

/** The checked values after (un)checking one, in the fixed order of `all`. */
function toggle<T>(all: readonly T[], checked: readonly T[], value: T, on: boolean): T[] {
  return all.filter((candidate) => (candidate === value ? on : checked.includes(candidate)));
}

/**
 * The register search: a real form with a submit button. The text is searched on submit; a filter
 * applies as soon as it is (un)checked, together with the text in the box.
 */
export function SearchForm({ criteria, onSearch, showFilters = false }: SearchFormProps) {
  const { t } = useTranslation();
  const labels = useRegistrationLabels();
  const [draft, setDraft] = useState(criteria);
  // Follow the URL when it changes from outside (back/forward): adjust state while rendering.
  const criteriaKey = criteriaToParams(criteria).toString();
  const [shownKey, setShownKey] = useState(criteriaKey);
  if (shownKey !== criteriaKey) {
    setShownKey(criteriaKey);
    setDraft(criteria);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(draft, 'submit');
  }

  function changeFilter(next: SearchCriteria) {
    setDraft(next);
    onSearch(next, 'filter');
  }

  return (
    <Box component="form" role="search" aria-label={t('search.formLabel')} onSubmit={submit} noValidate sx={{ mb: 3 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 1.5 }}>
        <TextField
          name="q"
          type="search"
          label={t('search.queryLabel')}
          value={draft.query}
          onChange={(event) => setDraft({ ...draft, query: event.target.value })}
          autoComplete="off"
          sx={{ flex: '1 1 16rem', minWidth: 0, bgcolor: 'background.paper' }}
          helperText={t('search.queryHint')}
          slotProps={{ htmlInput: { spellCheck: false }, formHelperText: { sx: { mx: 0 } } }}
        />
        <Button type="submit" variant="contained" size="large" sx={{ minHeight: 56, px: 4 }}>
          {t('search.submit')}
        </Button>
      </Box>
      {showFilters && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1, mt: 2 }}>
          <FormControl component="fieldset">
            <FormLabel component="legend">{t('search.statusFilter')}</FormLabel>
            <FormGroup row>
              {REGISTRATION_STATUSES.map((status) => (
                <FormControlLabel
                  key={status}
                  label={labels.status(status)}
                  control={
                    <Checkbox
                      name="status"
                      value={status}
                      checked={draft.statuses.includes(status)}
                      onChange={(event) => changeFilter({ ...draft, statuses: toggle(REGISTRATION_STATUSES, draft.statuses, status, event.target.checked) })}
                    />
                  }
                />
              ))}
            </FormGroup>
            <FormHelperText sx={{ mx: 0, mt: 0 }}>{t('search.statusHint')}</FormHelperText>
          </FormControl>
          <FormControl component="fieldset">
            <FormLabel component="legend">{t('search.titleFilter')}</FormLabel>
            <FormGroup row>
              {REGISTRATION_TITLES.map((title) => (
                <FormControlLabel
                  key={title}
                  label={`${labels.title(title)} (${labels.titleName(title)})`}
                  control={
                    <Checkbox
                      name="titel"
                      value={title}
                      checked={draft.titles.includes(title)}
                      onChange={(event) => changeFilter({ ...draft, titles: toggle(REGISTRATION_TITLES, draft.titles, title, event.target.checked) })}
                    />
                  }
                />
              ))}
            </FormGroup>
          </FormControl>
        </Box>
      )}
    </Box>
  );
}
