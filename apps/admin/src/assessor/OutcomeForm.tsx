import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { RecordPortfolioOutcomeMutation } from './graphql';

interface ThemeChoice {
  validated: boolean | null;
  grounds: string;
}

export interface OutcomeFormProps {
  caseId: string;
  themes: readonly { id: string; code: string; name: string }[];
  onRecorded(): Promise<unknown>;
}

/** One assessor's outcome after the interview: per theme validated or not, with grounds; it stands when both assessors agree. */
export function OutcomeForm({ caseId, themes, onRecorded }: OutcomeFormProps) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Readonly<Record<string, ThemeChoice>>>(() => Object.fromEntries(themes.map((theme) => [theme.id, { validated: null, grounds: '' }])));
  const [tried, setTried] = useState(false);
  const [record, { loading, error }] = useMutation(RecordPortfolioOutcomeMutation);
  const choiceOf = (id: string): ThemeChoice => choices[id] ?? { validated: null, grounds: '' };
  const complete = themes.every((theme) => choiceOf(theme.id).validated !== null && choiceOf(theme.id).grounds.trim() !== '');

  function change(id: string, patch: Partial<ThemeChoice>) {
    setChoices((current) => ({ ...current, [id]: { ...choiceOf(id), ...patch } }));
  }

  async function submit() {
    setTried(true);
    if (!complete) return;
    try {
      await record({
        variables: {
          input: { caseId, themes: themes.map((theme) => ({ themeId: theme.id, validated: choiceOf(theme.id).validated === true, grounds: choiceOf(theme.id).grounds.trim() })) },
        },
      });
      await onRecorded();
    } catch {
      // shown below
    }
  }

  return (
    <Box component="form" noValidate onSubmit={(event) => (event.preventDefault(), void submit())} sx={{ display: 'grid', gap: 3, maxWidth: '44rem' }} data-testid="outcome-form">
      {themes.map((theme) => {
        const choice = choiceOf(theme.id);
        const name = `${theme.code}. ${theme.name}`;
        const noChoice = tried && choice.validated === null;
        const noGrounds = tried && choice.grounds.trim() === '';
        return (
          <Box key={theme.id} sx={{ display: 'grid', gap: 1.5 }} data-testid="outcome-theme">
            <FormControl component="fieldset" error={noChoice} required>
              <FormLabel component="legend">{name}</FormLabel>
              <RadioGroup
                row
                value={choice.validated === null ? '' : String(choice.validated)}
                onChange={(event) => change(theme.id, { validated: event.target.value === 'true' })}
              >
                <FormControlLabel value="true" control={<Radio />} label={t('portfolio.assessor.outcome.validated')} />
                <FormControlLabel value="false" control={<Radio />} label={t('portfolio.assessor.outcome.notValidated')} />
              </RadioGroup>
              {noChoice && <FormHelperText sx={{ mx: 0 }}>{t('portfolio.assessor.outcome.choose')}</FormHelperText>}
            </FormControl>
            <TextField
              id={`outcome-grounds-${theme.id}`}
              label={t('portfolio.assessor.outcome.grounds', { theme: name })}
              multiline
              minRows={3}
              required
              value={choice.grounds}
              onChange={(event) => change(theme.id, { grounds: event.target.value })}
              error={noGrounds}
              helperText={noGrounds ? t('portfolio.assessor.outcome.groundsRequired') : undefined}
            />
          </Box>
        );
      })}
      <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
      <Box>
        <Button type="submit" variant="contained" loading={loading}>
          {t('portfolio.assessor.outcome.submit')}
        </Button>
      </Box>
    </Box>
  );
}
