import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentList } from '../applications/DocumentList';
import type { ApplicationFieldsFragment } from '../gql/graphql';
import { EVIDENCE_TYPES, fileProblem, UploadError, uploadEvidence } from './uploadEvidence';

export interface EvidenceUploadProps {
  application: ApplicationFieldsFragment;
  /** Reloads the application, so the new document shows. */
  onUploaded(): Promise<unknown>;
}

/** The documents of a draft and adding one: PDF, PNG or JPEG up to 10 MB. */
export function EvidenceUpload({ application, onUploaded }: EvidenceUploadProps) {
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
      await uploadEvidence(application.id, file);
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
      <DocumentList documents={application.documents} />
      <Box>
        <Typography component="label" htmlFor="evidence-file" sx={{ display: 'block', fontWeight: 600, mb: 0.5 }}>
          {t('leader.evidence.file')}
        </Typography>
        <Typography id="evidence-hint" sx={{ mb: 1 }}>
          {t('leader.evidence.hint')}
        </Typography>
        <input
          ref={input}
          id="evidence-file"
          type="file"
          accept={EVIDENCE_TYPES.join(',')}
          aria-describedby="evidence-hint"
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
