import { useQuery } from '@apollo/client/react';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator } from '@srpo/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CompletionList } from './CompletionList';
import { MyThemeProgressQuery } from './graphql';
import { ProgressGlance, type ApplyAction } from './ProgressGlance';
import { ThemeTiles } from './ThemeTiles';
import { WhatIfPanel } from './WhatIfPanel';

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 3 }}>
      <Typography id={id} variant="h3" sx={{ fontSize: '1.15rem', mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** "Thema’s en herregistratie": the state at a glance, the eight themes, the completions and "Wat als?". */
export function ThemeProgressSection({ apply }: { apply: ApplyAction }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MyThemeProgressQuery, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ErrorMessage message={t('progress.loadError')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingIndicator />;
  const progress = data.myThemeProgress;
  if (!progress) return <Typography>{t('progress.none')}</Typography>;
  return (
    <>
      <ProgressGlance progress={progress} apply={apply} />
      <Part id="theme-tiles-heading" title={t('leaderWorkspace.glance.themesTitle')}>
        <ThemeTiles themes={progress.themes} label={t('leaderWorkspace.glance.themesTitle')} />
      </Part>
      <Part id="completions-heading" title={t('leaderWorkspace.glance.completionsTitle')}>
        <CompletionList progress={progress} />
      </Part>
      <Accordion variant="outlined" disableGutters slotProps={{ transition: { unmountOnExit: true }, heading: { component: 'h3' } }}>
        <AccordionSummary id="what-if-summary" aria-controls="what-if-details" expandIcon={<span aria-hidden="true">▾</span>}>
          <Typography sx={{ fontWeight: 600 }}>{t('leaderWorkspace.glance.whatIf')}</Typography>
        </AccordionSummary>
        <AccordionDetails id="what-if-details">
          <WhatIfPanel />
        </AccordionDetails>
      </Accordion>
    </>
  );
}
