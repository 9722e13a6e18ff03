import { useLazyQuery, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator } from '@srpo/ui';
import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EvaluationSummary } from './EvaluationSummary';
import { CertifiedOfferingsQuery, WhatIfReRegistrationQuery } from './graphql';
import { ThemeTiles } from './ThemeTiles';

const PAGE = 20;

/** "Wat als?" (inside the accordion that titles it): pick certified offerings (searchable) and see whether completing them would make the leader eligible. */
export function WhatIfPanel() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const [chosen, setChosen] = useState<ReadonlyMap<string, string>>(new Map());
  const [needChoice, setNeedChoice] = useState(false);
  const offerings = useQuery(CertifiedOfferingsQuery, { variables: { query: query || null, first: PAGE } });
  const [calculate, whatIf] = useLazyQuery(WhatIfReRegistrationQuery, { fetchPolicy: 'network-only' });

  function toggle(id: string, title: string, on: boolean) {
    setNeedChoice(false);
    setChosen((current) => {
      const next = new Map(current);
      if (on) next.set(id, title);
      else next.delete(id);
      return next;
    });
  }

  function run() {
    if (chosen.size === 0) {
      setNeedChoice(true);
      return;
    }
    void calculate({ variables: { offeringIds: [...chosen.keys()] } }).catch(() => undefined);
  }

  let list;
  if (offerings.error && !offerings.data) list = <ErrorMessage message={t('progress.whatIf.failed')} onRetry={() => void offerings.refetch()} />;
  else if (!offerings.data) list = <LoadingIndicator />;
  else if (offerings.data.certifiedOfferings.edges.length === 0) list = <Typography>{t('progress.whatIf.none')}</Typography>;
  else
    list = (
      <Box sx={{ display: 'grid' }} data-testid="what-if-offerings">
        {offerings.data.certifiedOfferings.edges.map(({ node }) => {
          const credits = [...node.themes.map((theme) => `${theme.code}. ${theme.name}`), ...node.subthemes.map((sub) => `${sub.code} ${sub.name}`)].join(', ');
          return (
            <FormControlLabel
              key={node.id}
              control={<Checkbox checked={chosen.has(node.id)} onChange={(event) => toggle(node.id, node.title, event.target.checked)} />}
              label={
                <span>
                  {node.title} ({node.owner.name})
                  {credits && (
                    <Typography component="span" variant="body2" sx={{ display: 'block', color: 'text.secondary' }}>
                      {t('progress.whatIf.credits', { themes: credits })}
                    </Typography>
                  )}
                </span>
              }
              sx={{ alignItems: 'flex-start', mb: 1 }}
            />
          );
        })}
      </Box>
    );

  const result = whatIf.data?.whatIfReRegistration;
  // After "Berekenen" the outcome gets the focus, so keyboard and screen-reader users land on it.
  const resultBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result) resultBox.current?.focus();
  }, [result]);
  return (
    <Box data-testid="what-if">
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('progress.whatIf.intro')}</Typography>
      <TextField id="what-if-search" type="search" size="small" label={t('progress.whatIf.search')} value={search} onChange={(event) => setSearch(event.target.value)} sx={{ mb: 2, width: '100%', maxWidth: '20rem' }} />
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
        <Typography component="legend" sx={{ fontWeight: 600, mb: 1 }}>
          {t('progress.whatIf.offerings')} ({t('progress.whatIf.chosen', { count: chosen.size })})
        </Typography>
        {list}
      </Box>
      <Button variant="contained" onClick={run} loading={whatIf.loading} sx={{ mt: 1 }}>
        {t('progress.whatIf.calculate')}
      </Button>
      {needChoice && (
        <FormHelperText error role="alert">
          {t('progress.whatIf.chooseFirst')}
        </FormHelperText>
      )}
      {whatIf.error && <ErrorMessage message={t('progress.whatIf.failed')} onRetry={run} />}
      {result && (
        <Box ref={resultBox} tabIndex={-1} aria-live="polite" sx={{ '&:focus': { outline: 'none' } }} data-testid="what-if-outcome">
          <EvaluationSummary
            evaluation={result.evaluation}
            title={t('progress.whatIf.result')}
            eligibleText={t('progress.whatIf.eligible')}
            notEligibleText={t('progress.whatIf.notEligible')}
            testId="what-if-result"
          />
          <ThemeTiles themes={result.themes} label={t('progress.whatIf.result')} />
        </Box>
      )}
    </Box>
  );
}
