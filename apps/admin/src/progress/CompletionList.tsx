import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { MyThemeProgressQuery } from '../gql/graphql';

type Progress = NonNullable<MyThemeProgressQuery['myThemeProgress']>;

/** "de afronding …" after "want": the domain's sentence with a lower-case first letter (not for an abbreviation such as NVAO). */
function afterWant(message: string): string {
  return /^[A-Z][a-z]/.test(message) ? message[0]!.toLowerCase() + message.slice(1) : message;
}

/** The leader's completions, newest first: what each counts for, or why it does not count (the domain's reasons). */
export function CompletionList({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const names = new Map<string, string>();
  for (const item of progress.themes) {
    names.set(item.theme.code, `${item.theme.code}. ${item.theme.name}`);
    for (const sub of [...item.coveredSubthemes, ...item.missingSubthemes]) names.set(sub.code, `${sub.code} ${sub.name}`);
  }
  if (progress.completions.length === 0) return <Typography>{t('leaderWorkspace.glance.completionsNone')}</Typography>;
  return (
    <Box component="ul" data-testid="completions" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}>
      {progress.completions.map((completion) => (
        <Box component="li" key={completion.id} data-testid="completion" data-counts={completion.counts} sx={{ borderBottom: 1, borderColor: 'divider', pb: 1 }}>
          <Typography sx={{ fontWeight: 600 }}>{t('leaderWorkspace.glance.completionLine', { title: completion.offeringTitle, date: labels.date(completion.completedOn) })}</Typography>
          {completion.counts ? (
            <Typography variant="body2">{t('leaderWorkspace.glance.counts', { credits: completion.credits.map((code) => names.get(code) ?? code).join(', ') })}</Typography>
          ) : (
            completion.notCountedReasons.map((reason) => (
              <Typography key={reason} variant="body2">
                {t('leaderWorkspace.glance.notCounted', { reason: afterWant(reason) })}
              </Typography>
            ))
          )}
        </Box>
      ))}
    </Box>
  );
}
