import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import type { CompletionReportFieldsFragment } from '../gql/graphql';
import { UploadError } from '../leader/uploadEvidence';
import { parseCompletionRows, type ParsedRows } from './completionRows';
import { CompletionReport } from './CompletionReport';
import { RecordCompletionsMutation } from './graphql';
import { uploadCompletionsCsv } from './uploadCompletionsCsv';

export interface RecordCompletionsFormProps {
  executionId: string;
  /** After a report came back (something may have been recorded). */
  onRecorded(): void;
  /** For tests: the CSV upload. */
  upload?: typeof uploadCompletionsCsv;
}

/** "Deelnemers registreren": pasted lines (→ recordCompletions) or a CSV file (→ POST …/completions.csv), both with the per-row report. */
export function RecordCompletionsForm({ executionId, onRecorded, upload = uploadCompletionsCsv }: RecordCompletionsFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const [invalid, setInvalid] = useState<ParsedRows['invalid']>([]);
  const [report, setReport] = useState<{ result: CompletionReportFieldsFragment; lines?: number[] } | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [record, { loading, error, reset }] = useMutation(RecordCompletionsMutation);

  async function send() {
    reset();
    setReport(null);
    const parsed = parseCompletionRows(text);
    setInvalid(parsed.invalid);
    setEmpty(parsed.rows.length === 0 && parsed.invalid.length === 0);
    if (parsed.rows.length === 0) return;
    try {
      const { data } = await record({ variables: { executionId, completions: parsed.rows } });
      if (data) {
        setReport({ result: data.recordCompletions, lines: parsed.lines });
        onRecorded();
      }
    } catch {
      // shown below
    }
  }

  async function sendFile() {
    setFileProblem(null);
    setReport(null);
    if (!file) return setFileProblem(t('provider.completions.chooseFile'));
    setUploading(true);
    try {
      setReport({ result: await upload(executionId, file) });
      onRecorded();
    } catch (caught) {
      setFileProblem((caught instanceof UploadError ? caught.apiMessage : null) ?? t('provider.completions.uploadFailed'));
    } finally {
      setUploading(false);
    }
  }

  return (
    <Box component="section" aria-labelledby="record-heading" sx={{ mb: 4 }}>
      <Typography id="record-heading" variant="h2" sx={{ fontSize: '1.4rem', mb: 2 }}>
        {t('provider.completions.record')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, maxWidth: '40rem' }}>
        <TextField
          id="completion-rows"
          label={t('provider.completions.rowsLabel')}
          multiline
          minRows={5}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setEmpty(false);
          }}
          error={empty}
          helperText={empty ? t('provider.completions.rowsRequired') : t('provider.completions.rowsHint')}
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
        />
        <Box>
          <Button variant="contained" onClick={() => void send()} loading={loading}>
            {t('provider.completions.send')}
          </Button>
        </Box>
        {invalid.length > 0 && (
          <Alert severity="warning" data-testid="invalid-lines">
            {t('provider.completions.invalidLines')}
            <ul style={{ margin: '0.5rem 0 0', paddingLeft: '1.25rem' }}>
              {invalid.map((line) => (
                <li key={line.line}>{t('provider.completions.invalidLine', { line: line.line, text: line.text })}</li>
              ))}
            </ul>
          </Alert>
        )}
        <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
          <label htmlFor="completion-csv">
            <Typography component="span" sx={{ fontWeight: 600, display: 'block' }}>
              {t('provider.completions.csv')}
            </Typography>
            <Typography component="span" variant="body2" id="completion-csv-hint" sx={{ display: 'block', mb: 0.5 }}>
              {t('provider.completions.csvHint')}
            </Typography>
          </label>
          <input
            id="completion-csv"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="completion-csv-hint"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setFileProblem(null);
            }}
          />
          <Button variant="outlined" onClick={() => void sendFile()} loading={uploading}>
            {t('provider.completions.upload')}
          </Button>
        </Box>
        {fileProblem && (
          <Alert severity="error" role="alert">
            {fileProblem}
          </Alert>
        )}
      </Box>
      {report && <CompletionReport report={report.result} lineOf={report.lines ? (row) => report.lines?.[row - 1] ?? row : undefined} />}
    </Box>
  );
}
