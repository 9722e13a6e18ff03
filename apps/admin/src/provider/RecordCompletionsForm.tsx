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
import { parseCompletionRows, type CompletionRow, type ParsedRows } from './completionRows';
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

/** What was checked (dry run), so "Vastleggen" records exactly that. */
type Checked = { result: CompletionReportFieldsFragment } & ({ rows: CompletionRow[]; lines: number[] } | { file: File });

/**
 * "Deelnemers registreren": pasted lines (→ recordCompletions) or a CSV file (→ POST …/completions.csv).
 * First a check (dry run) shows per row the leader's public name and what would happen; "Vastleggen"
 * then records what was checked and shows the report.
 */
export function RecordCompletionsForm({ executionId, onRecorded, upload = uploadCompletionsCsv }: RecordCompletionsFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const [invalid, setInvalid] = useState<ParsedRows['invalid']>([]);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [report, setReport] = useState<{ result: CompletionReportFieldsFragment; lines?: number[] } | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [record, { loading, error, reset }] = useMutation(RecordCompletionsMutation);

  function clear() {
    reset();
    setChecked(null);
    setReport(null);
    setFileProblem(null);
  }

  async function sendRows(rows: CompletionRow[], dryRun: boolean): Promise<CompletionReportFieldsFragment | null> {
    try {
      const { data } = await record({ variables: { executionId, completions: rows, dryRun } });
      return data?.recordCompletions ?? null;
    } catch {
      return null; // shown below
    }
  }

  async function sendFile(chosen: File, dryRun: boolean): Promise<CompletionReportFieldsFragment | null> {
    setUploading(true);
    try {
      return await upload(executionId, chosen, dryRun);
    } catch (caught) {
      setFileProblem((caught instanceof UploadError ? caught.apiMessage : null) ?? t('provider.completions.uploadFailed'));
      return null;
    } finally {
      setUploading(false);
    }
  }

  async function checkRows() {
    clear();
    const parsed = parseCompletionRows(text);
    setInvalid(parsed.invalid);
    setEmpty(parsed.rows.length === 0 && parsed.invalid.length === 0);
    if (parsed.rows.length === 0) return;
    const result = await sendRows(parsed.rows, true);
    if (result) setChecked({ result, rows: parsed.rows, lines: parsed.lines });
  }

  async function checkFile() {
    clear();
    setInvalid([]);
    if (!file) return setFileProblem(t('provider.completions.chooseFile'));
    const result = await sendFile(file, true);
    if (result) setChecked({ result, file });
  }

  async function commit() {
    if (!checked) return;
    const result = 'file' in checked ? await sendFile(checked.file, false) : await sendRows(checked.rows, false);
    if (!result) return;
    setReport({ result, lines: 'lines' in checked ? checked.lines : undefined });
    setChecked(null);
    onRecorded();
  }

  const shown = checked ?? report;
  const lines = checked && 'lines' in checked ? checked.lines : report?.lines;

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
            if (checked && 'rows' in checked) setChecked(null);
          }}
          error={empty}
          helperText={empty ? t('provider.completions.rowsRequired') : t('provider.completions.rowsHint')}
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
        />
        <Box>
          <Button variant="contained" onClick={() => void checkRows()} loading={loading && !checked}>
            {t('provider.completions.check')}
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
              if (checked && 'file' in checked) setChecked(null);
            }}
          />
          <Button variant="outlined" onClick={() => void checkFile()} loading={uploading && !checked}>
            {t('provider.completions.checkFile')}
          </Button>
        </Box>
        {fileProblem && (
          <Alert severity="error" role="alert">
            {fileProblem}
          </Alert>
        )}
      </Box>
      {shown && <CompletionReport report={shown.result} lineOf={lines ? (row) => lines[row - 1] ?? row : undefined} />}
      {checked && (
        <Box sx={{ display: 'grid', gap: 1, justifyItems: 'start', mt: 2 }}>
          <Typography variant="body2">{t('provider.completions.checkHint')}</Typography>
          {checked.result.recorded > 0 && (
            <Button variant="contained" onClick={() => void commit()} loading={loading || uploading}>
              {t('provider.completions.commit')}
            </Button>
          )}
        </Box>
      )}
    </Box>
  );
}
