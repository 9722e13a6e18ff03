import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addLegacyImportFile, createLegacyImport, UploadError } from '../leader/uploadEvidence';

/** The API's limit per file (MAX_LEGACY_FILE_BYTES). */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface LegacyImportUploadProps {
  /** Called with the new import's id once every file is uploaded. */
  onUploaded(importId: string): Promise<void>;
  /** Sends the files; the upload routes unless a test says otherwise. */
  send?: (files: readonly File[]) => Promise<string>;
}

/** Uploads the first file as a new import, then each further file to it. */
async function uploadFiles(files: readonly File[]): Promise<string> {
  const [first, ...rest] = files;
  const id = await createLegacyImport(first!);
  for (const file of rest) await addLegacyImportFile(id, file);
  return id;
}

type Problem = { key: 'none' | 'mixed' | 'wrongType' } | { key: 'tooLarge'; name: string };

/** Why the page will not send these files: none, a mix, another type, too large; null when they may be sent. */
function filesProblem(files: readonly File[]): Problem | null {
  if (files.length === 0) return { key: 'none' };
  const workbooks = files.filter((file) => /\.xlsx$/i.test(file.name)).length;
  if (files.some((file) => !/\.(csv|xlsx)$/i.test(file.name))) return { key: 'wrongType' };
  if (workbooks > 1 || (workbooks === 1 && files.length > 1)) return { key: 'mixed' };
  const large = files.find((file) => file.size > MAX_FILE_BYTES);
  return large ? { key: 'tooLarge', name: large.name } : null;
}

/** Choosing one XLSX workbook or several CSV files and uploading them. */
export function LegacyImportUpload({ onUploaded, send = uploadFiles }: LegacyImportUploadProps) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function upload() {
    const problem = filesProblem(files);
    if (problem) return setError(problem.key === 'tooLarge' ? t('legacyImport.upload.tooLarge', { name: problem.name }) : t(`legacyImport.upload.${problem.key}`));
    setError(null);
    setBusy(true);
    try {
      await onUploaded(await send(files));
    } catch (caught) {
      setError(caught instanceof UploadError && caught.apiMessage ? caught.apiMessage : t('legacyImport.upload.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box component="section" aria-labelledby="legacy-upload-heading" sx={{ display: 'grid', gap: 1.5, maxWidth: '40rem' }}>
      <Typography id="legacy-upload-heading" variant="h3" sx={{ fontSize: '1.25rem' }}>
        {t('legacyImport.upload.heading')}
      </Typography>
      <Typography id="legacy-upload-hint">{t('legacyImport.upload.hint')}</Typography>
      <Box>
        <Button variant="outlined" component="label" disabled={busy}>
          {t('legacyImport.upload.choose')}
          <input
            hidden
            type="file"
            multiple
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t('legacyImport.upload.choose')}
            aria-describedby="legacy-upload-hint"
            data-testid="legacy-files"
            onChange={(event) => {
              setFiles(Array.from(event.target.files ?? []));
              setError(null);
            }}
          />
        </Button>
      </Box>
      <Typography role="status" sx={{ overflowWrap: 'anywhere' }}>
        {files.length > 0 && t('legacyImport.upload.chosen', { count: files.length, names: files.map((file) => file.name).join(', ') })}
      </Typography>
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      <Box>
        <Button variant="contained" onClick={() => void upload()} disabled={busy}>
          {busy ? t('legacyImport.upload.busy') : t('legacyImport.upload.submit')}
        </Button>
      </Box>
    </Box>
  );
}
