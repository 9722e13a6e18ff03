import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { formatReason, rulesOn, todayInAmsterdam } from '@srpo/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { CHECK_FIELDS, checklistVerdict, COUNT_FIELDS, EMPTY_CHECKLIST, type ChecklistDraft, type ChecklistField } from './checklistDraft';
import { RecordPortfolioAssessmentMutation } from './graphql';

export interface ChecklistFormProps {
  caseId: string;
  theme: { id: string; code: string; name: string };
  /** Reloads the case after the assessment is recorded. */
  onRecorded(): Promise<unknown>;
}

/**
 * One assessor's checklist of one theme (DESIGN §3.6): the minimum requirements, each unmet one named
 * beside its field by the domain while filling in, the verdict that follows, and feedback (required
 * when insufficient).
 */
export function ChecklistForm({ caseId, theme, onRecorded }: ChecklistFormProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<ChecklistDraft>(EMPTY_CHECKLIST);
  const [touched, setTouched] = useState<ReadonlySet<ChecklistField>>(new Set());
  const [feedback, setFeedback] = useState('');
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState(false);
  const [record, { loading, error }] = useMutation(RecordPortfolioAssessmentMutation);
  const [rules] = useState(() => rulesOn(todayInAmsterdam(new Date())));
  const verdict = checklistVerdict(draft, rules);
  const feedbackMissing = tried && verdict.sufficient === false && feedback.trim() === '';
  const prefix = `checklist-${theme.id}`;
  const themeName = `${theme.code}. ${theme.name}`;
  const language = i18n.language === 'en' ? 'en' : 'nl';

  function change<K extends ChecklistField>(field: K, value: ChecklistDraft[K]) {
    setDone(false);
    setDraft((current) => ({ ...current, [field]: value }));
    setTouched((current) => new Set(current).add(field));
  }

  /** What is wrong with a field, once it has been filled in (or after trying to record). */
  function problem(field: ChecklistField): string | null {
    if (!tried && !touched.has(field)) return null;
    if ((verdict.invalid as readonly string[]).includes(field)) return t('portfolio.assessor.checklist.numberInvalid');
    const reason = verdict.unmet[field];
    return reason ? formatReason(reason, language) : null;
  }

  async function submit() {
    setTried(true);
    if (!verdict.checklist || (verdict.sufficient === false && feedback.trim() === '')) return;
    try {
      await record({ variables: { input: { caseId, themeId: theme.id, checklist: verdict.checklist, feedback: feedback.trim() === '' ? null : feedback.trim() } } });
      setDone(true);
      await onRecorded();
    } catch {
      // shown below
    }
  }

  return (
    <Box
      component="form"
      noValidate
      aria-labelledby={`${prefix}-title`}
      onSubmit={(event) => (event.preventDefault(), void submit())}
      sx={{ display: 'grid', gap: 2, maxWidth: '44rem' }}
      data-testid="checklist-form"
    >
      <Typography id={`${prefix}-title`} variant="h3" sx={{ fontSize: '1.1rem' }}>
        {t('portfolio.assessor.checklist.title', { theme: themeName })}
      </Typography>
      <Typography>{t('portfolio.assessor.checklist.intro')}</Typography>
      <Box sx={{ display: 'grid', gap: 0.5 }}>
        {CHECK_FIELDS.map((field) => {
          const message = problem(field);
          return (
            <Box key={field}>
              <FormControlLabel
                control={
                  <Checkbox
                    checked={draft[field]}
                    onChange={(event) => change(field, event.target.checked)}
                    slotProps={{ input: { 'aria-describedby': message ? `${prefix}-${field}-problem` : undefined } }}
                  />
                }
                label={t(`portfolio.assessor.checklist.${field}`)}
              />
              {message && (
                <FormHelperText id={`${prefix}-${field}-problem`} error sx={{ mt: -0.5, ml: 4 }} data-testid="checklist-problem">
                  {message}
                </FormHelperText>
              )}
            </Box>
          );
        })}
      </Box>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 16rem), 1fr))' }}>
        {COUNT_FIELDS.map((field) => {
          const message = problem(field);
          return (
            <TextField
              key={field}
              id={`${prefix}-${field}`}
              label={t(`portfolio.assessor.checklist.${field}`)}
              value={draft[field]}
              onChange={(event) => change(field, event.target.value)}
              error={message !== null}
              helperText={message ?? undefined}
              slotProps={{ htmlInput: { inputMode: 'numeric' }, formHelperText: { 'data-testid': 'checklist-problem' } as object }}
            />
          );
        })}
      </Box>
      {verdict.sufficient !== null && (
        <Alert severity={verdict.sufficient ? 'success' : 'warning'} data-testid="checklist-verdict" data-sufficient={String(verdict.sufficient)}>
          {verdict.sufficient
            ? t('portfolio.assessor.checklist.verdictSufficient')
            : t('portfolio.assessor.checklist.verdictInsufficient', { count: Object.keys(verdict.unmet).length })}
        </Alert>
      )}
      <TextField
        id={`${prefix}-feedback`}
        label={t('portfolio.assessor.checklist.feedback')}
        multiline
        minRows={3}
        value={feedback}
        required={verdict.sufficient === false}
        onChange={(event) => {
          setFeedback(event.target.value);
          setDone(false);
        }}
        error={feedbackMissing}
        helperText={feedbackMissing ? t('portfolio.assessor.checklist.feedbackRequired') : undefined}
      />
      <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
      {done && (
        <Alert severity="success" role="status">
          {t('portfolio.assessor.checklist.done', { theme: themeName })}
        </Alert>
      )}
      <Box>
        <Button type="submit" variant="contained" loading={loading}>
          {t('portfolio.assessor.checklist.submit')}
        </Button>
      </Box>
    </Box>
  );
}
