import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { MyThemeProgressQuery } from '../gql/graphql';

type Progress = Pick<NonNullable<MyThemeProgressQuery['myThemeProgress']>, 'themes' | 'completions' | 'informalValidations'>;

/** "de afronding …" after "want": the domain's sentence with a lower-case first letter (not for an abbreviation such as NVAO). */
function afterWant(message: string): string {
  return /^[A-Z][a-z]/.test(message) ? message[0]!.toLowerCase() + message.slice(1) : message;
}

/** One line of the list: a completion of an offering or an informal validation of a theme. */
interface Entry {
  id: string;
  kind: 'completion' | 'validation';
  title: string;
  date: string;
  credits: string[];
  counts: boolean;
  notCountedReasons: readonly string[];
}

/**
 * The leader's completions and informal validations, newest first: what each counts for, or why it
 * does not count (the domain's reasons).
 */
export function CompletionList({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const names = new Map<string, string>();
  for (const item of progress.themes) {
    names.set(item.theme.code, `${item.theme.code}. ${item.theme.name}`);
    for (const sub of [...item.coveredSubthemes, ...item.missingSubthemes]) names.set(sub.code, `${sub.code} ${sub.name}`);
  }
  const entries: Entry[] = [
    ...progress.completions.map((completion) => ({
      ...completion,
      kind: 'completion' as const,
      title: t('leaderWorkspace.glance.completionLine', { title: completion.offeringTitle, date: labels.date(completion.completedOn) }),
      date: completion.completedOn,
    })),
    ...progress.informalValidations.map((validation) => ({
      ...validation,
      kind: 'validation' as const,
      title: t(`informalCredit.line.${validation.source.method}`, {
        organisation: validation.source.organisationName ?? '—',
        date: labels.date(validation.source.validatedOn),
      }),
      date: validation.source.validatedOn,
      credits: [validation.theme.code],
    })),
  ].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
  if (entries.length === 0) return <Typography>{t('leaderWorkspace.glance.completionsNone')}</Typography>;
  return (
    <Box component="ul" data-testid="completions" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}>
      {entries.map((entry) => (
        <Box component="li" key={entry.id} data-testid={entry.kind} data-counts={entry.counts} sx={{ borderBottom: 1, borderColor: 'divider', pb: 1 }}>
          <Typography sx={{ fontWeight: 600 }}>{entry.title}</Typography>
          {entry.counts ? (
            <Typography variant="body2">{t('leaderWorkspace.glance.counts', { credits: entry.credits.map((code) => names.get(code) ?? code).join(', ') })}</Typography>
          ) : (
            entry.notCountedReasons.map((reason) => (
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
