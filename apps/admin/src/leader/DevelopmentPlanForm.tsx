import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import { todayInAmsterdam } from '@srpo/domain';
import { ErrorMessage, LoadingIndicator } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import type { MyProfileQuery } from '../gql/graphql';
import { PlannableThemesQuery, SetDevelopmentPlanMutation } from './graphql';

export interface DevelopmentPlanFormProps {
  plan: MyProfileQuery['myProfile']['developmentPlan'];
}

/** Plan voor ontwikkeling: a checkbox per theme valid today; saving replaces the plan. */
export function DevelopmentPlanForm({ plan }: DevelopmentPlanFormProps) {
  const { t } = useTranslation();
  const [today] = useState(() => todayInAmsterdam(new Date()));
  const themes = useQuery(PlannableThemesQuery, { variables: { activeOn: today } });
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(plan.map((theme) => theme.themeId)));
  const [saved, setSaved] = useState(false);
  const [save, { loading, error }] = useMutation(SetDevelopmentPlanMutation);

  if (themes.error) return <ErrorMessage message={t('leader.plan.loadError')} onRetry={() => void themes.refetch()} />;
  if (!themes.data) return <LoadingIndicator />;

  function toggle(id: string, on: boolean) {
    setSaved(false);
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function submit() {
    setSaved(false);
    try {
      // In catalogue order, as the themes are listed.
      const themeIds = themes.data?.themes.filter((theme) => chosen.has(theme.id)).map((theme) => theme.id) ?? [];
      await save({ variables: { themeIds } });
      setSaved(true);
    } catch {
      // shown below
    }
  }

  return (
    <Box sx={{ display: 'grid', gap: 2, maxWidth: '60rem' }}>
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('leader.plan.legend')}</FormLabel>
        <FormGroup sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 18rem), 1fr))' }}>
          {themes.data.themes.map((theme) => (
            <FormControlLabel
              key={theme.id}
              control={<Checkbox checked={chosen.has(theme.id)} onChange={(event) => toggle(theme.id, event.target.checked)} />}
              label={`${theme.code}. ${theme.name}`}
            />
          ))}
        </FormGroup>
      </FormControl>
      <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
      {saved && (
        <Alert severity="success" role="status">
          {t('leader.plan.saved')}
        </Alert>
      )}
      <Box>
        <Button variant="contained" onClick={() => void submit()} loading={loading}>
          {t('leader.plan.save')}
        </Button>
      </Box>
    </Box>
  );
}
