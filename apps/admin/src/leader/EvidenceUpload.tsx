import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentList, type DocumentLink, type DocumentListProps } from '../applications/DocumentList';
import { EVIDENCE_TYPES, fileProblem, UploadError } from './uploadEvidence';

export interface EvidenceUploadProps {
  /** The documents already there. */
  documents: readonly DocumentLink[];
  /** Sends one file to its upload route (an application's evidence, a portfolio theme's documents). */
  send(file: File): Promise<void>;
  /** Reloads the owner, so the new document shows. */
  onUploaded(): Promise<unknown>;
  /** Distinguishes the file field when a page has several. */
  idPrefix?: string;
  /** The file field's label; "Bestand" unless said otherwise. */
  label?: string;
  /** Something to do with a document already there (see DocumentList). */
  documentAction?: DocumentListProps['action'];
}

/** Documents and adding one: PDF, PNG or JPEG up to 10 MB. */
export function EvidenceUpload({ documents, send, onUploaded, idPrefix = 'evidence', label, documentAction }: EvidenceUploadProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  async function upload() {
    setDone(null);
    if (!file) return setError(t('leader.evidence.chooseFile'));
    const problem = fileProblem(file);
    if (problem) return setError(t(`leader.evidence.${problem}`));
    setError(null);
    setBusy(true);
    try {
      await send(file);
      await onUploaded();
      setDone(file.name);
      setFile(null);
      if (input.current) input.current.value = '';
    } catch (caught) {
      setError(caught instanceof UploadError && caught.apiMessage ? caught.apiMessage : t('leader.evidence.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box sx={{ display: 'grid', gap: 2, maxWidth: '40rem' }}>
      <DocumentList documents={documents} action={documentAction} />
      <Box>
        <Typography component="label" htmlFor={`${idPrefix}-file`} sx={{ display: 'block', fontWeight: 600, mb: 0.5 }}>
          {label ?? t('leader.evidence.file')}
        </Typography>
        <Typography id={`${idPrefix}-hint`} sx={{ mb: 1 }}>
          {t('leader.evidence.hint')}
        </Typography>
        <input
          ref={input}
          id={`${idPrefix}-file`}
          type="file"
          accept={EVIDENCE_TYPES.join(',')}
          aria-describedby={`${idPrefix}-hint`}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setError(null);
          }}
        />
      </Box>
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      {done && (
        <Alert severity="success" role="status">
          {t('leader.evidence.uploaded', { name: done })}
        </Alert>
      )}
      <Box>
        <Button variant="outlined" onClick={() => void upload()} loading={busy}>
          {t('leader.evidence.upload')}
        </Button>
      </Box>
    </Box>
  );
}
