import { themesTowardRequirement } from '@srpo/domain';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { LoadingIndicator } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import type { ThemeProgressFieldsFragment } from '../gql/graphql';

export interface ReRegistrationThemesProps {
  progress: ThemeProgressFieldsFragment | null;
  failed: boolean;
}

/** Next to the THEMES route: how many themes the leader completed in the current period, and which. */
export function ReRegistrationThemes({ progress, failed }: ReRegistrationThemesProps) {
  const { t } = useTranslation();
  let summary;
  if (progress) {
    const completed = progress.themes.filter((item) => item.completed).map((item) => `${item.theme.code}. ${item.theme.name}`);
    summary = (
      <>
        <Typography>{t('leader.form.themesSummary', { completed: themesTowardRequirement(progress.evaluation), required: progress.evaluation.themesRequired })}</Typography>
        {completed.length > 0 && <Typography>{t('leader.form.themesCompleted', { themes: completed.join(', ') })}</Typography>}
      </>
    );
  } else if (failed) summary = <Typography>{t('progress.loadError')}</Typography>;
  else summary = <LoadingIndicator />;
  return (
    <Box data-testid="re-registration-themes" sx={{ display: 'grid', gap: 1, p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Typography>{t('leader.form.themesHint')}</Typography>
      {summary}
    </Box>
  );
}
