import { useMutation, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { AssignPortfolioAssessorsMutation, OrganisationAssessorsQuery } from './graphql';

export interface AssignAssessorsFormProps {
  caseId: string;
  version: number;
  onAssigned(): Promise<unknown>;
  onReload(): void;
}

/** The organisation picks the case's two assessors from its staff; they stay the same through the case. */
export function AssignAssessorsForm({ caseId, version, onAssigned, onReload }: AssignAssessorsFormProps) {
  const { t } = useTranslation();
  const assessors = useQuery(OrganisationAssessorsQuery);
  const [chosen, setChosen] = useState<[string, string]>(['', '']);
  const [tried, setTried] = useState(false);
  const [assign, { loading, error }] = useMutation(AssignPortfolioAssessorsMutation);
  if (assessors.error && !assessors.data) return <ErrorMessage message={t('portfolio.assessor.loadError')} onRetry={() => void assessors.refetch()} />;
  if (!assessors.data) return <LoadingIndicator />;
  const valid = chosen[0] !== '' && chosen[1] !== '' && chosen[0] !== chosen[1];
  const invalid = tried && !valid;

  async function submit() {
    setTried(true);
    if (!valid) return;
    try {
      await assign({ variables: { caseId, version, assessorAccountIds: chosen } });
      await onAssigned();
    } catch {
      // shown below
    }
  }

  return (
    <Box component="form" noValidate onSubmit={(event) => (event.preventDefault(), void submit())} sx={{ display: 'grid', gap: 2, maxWidth: '36rem' }} data-testid="assign-assessors">
      <Typography>{t('portfolio.assessor.assign.intro')}</Typography>
      {(['first', 'second'] as const).map((which, index) => (
        <TextField
          key={which}
          select
          id={`assessor-${which}`}
          label={t(`portfolio.assessor.assign.${which}`)}
          value={chosen[index]}
          error={invalid}
          helperText={invalid && index === 1 ? t('portfolio.assessor.assign.required') : undefined}
          onChange={(event) => setChosen((current) => (index === 0 ? [event.target.value, current[1]] : [current[0], event.target.value]))}
        >
          {assessors.data?.organisationAssessors.map((assessor) => (
            <MenuItem key={assessor.id} value={assessor.id}>
              {assessor.displayName}
            </MenuItem>
          ))}
        </TextField>
      ))}
      <ApiErrorAlert error={error} fallback={t('common.saveFailed')} onReload={onReload} />
      <Box>
        <Button type="submit" variant="contained" loading={loading}>
          {t('portfolio.assessor.assign.submit')}
        </Button>
      </Box>
    </Box>
  );
}
