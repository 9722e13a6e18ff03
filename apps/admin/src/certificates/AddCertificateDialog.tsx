import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { todayInAmsterdam } from '@srpo/domain';
import { ErrorMessage, LoadingIndicator } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { EVIDENCE_TYPES, fileProblem, UploadError, uploadDocument } from '../leader/uploadEvidence';
import { certificateExecutions, useCertificateOfferings, type CertificateExecution } from './executions';
import { SubmitCertificateMutation } from './graphql';

export interface AddCertificateDialogProps {
  open: boolean;
  onClose(): void;
  /** Called after the API accepted the certificate. */
  onSubmitted(): void;
}

type Field = 'offeringId' | 'executionId' | 'completedOn' | 'file';
interface Draft {
  offeringId: string;
  executionId: string;
  completedOn: string;
  file: File | null;
}
const EMPTY: Draft = { offeringId: '', executionId: '', completedOn: '', file: null };

/**
 * "Certificaat toevoegen": a certified offering, one of its executions, the completion date and the
 * certificate's file (uploaded first, then attached by submitCertificate), so staff can verify it.
 */
export function AddCertificateDialog({ open, onClose, onSubmitted }: AddCertificateDialogProps) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const [today] = useState(() => todayInAmsterdam(new Date()));
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [missing, setMissing] = useState<Field[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  // The file uploaded for this draft: a retry after a refused submission does not upload it again.
  const [uploaded, setUploaded] = useState<{ file: File; id: string } | null>(null);
  const catalogue = useCertificateOfferings();
  // The caller reloads its list in onSubmitted.
  const [submitCertificate, { loading, error, reset }] = useMutation(SubmitCertificateMutation);
  const offering = catalogue.offerings.find((candidate) => candidate.id === draft.offeringId);
  const update = (change: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setMissing([]);
    setFileError(null);
  };
  const executionLabel = (execution: CertificateExecution) =>
    t('certificates.form.executionOption', {
      from: labels.date(execution.startsOn),
      until: labels.date(execution.endsOn),
      place: execution.location ?? t('certificates.online'),
    });

  function close() {
    reset();
    setMissing([]);
    setFileError(null);
    setUploaded(null);
    setDraft(EMPTY);
    onClose();
  }

  /** The id of the draft's file on the API, uploading it once. */
  async function documentId(file: File): Promise<string> {
    if (uploaded?.file === file) return uploaded.id;
    const id = await uploadDocument(file);
    setUploaded({ file, id });
    return id;
  }

  async function submit() {
    const stillMissing = (['offeringId', 'executionId', 'completedOn', 'file'] as const).filter((field) => !draft[field]);
    setMissing(stillMissing);
    if (stillMissing.length > 0 || !draft.file) return;
    const problem = fileProblem(draft.file);
    if (problem) return setFileError(t(`leader.evidence.${problem}`));
    reset();
    let id: string;
    setUploading(true);
    try {
      id = await documentId(draft.file);
    } catch (caught) {
      return setFileError(caught instanceof UploadError && caught.apiMessage ? caught.apiMessage : t('leader.evidence.failed'));
    } finally {
      setUploading(false);
    }
    try {
      await submitCertificate({ variables: { executionId: draft.executionId, completedOn: draft.completedOn, documentId: id } });
      onSubmitted();
      close();
    } catch {
      // shown below
    }
  }

  const fileMessage = missing.includes('file') ? t('certificates.form.fileRequired') : fileError;

  let fields;
  if (catalogue.error && !catalogue.loaded)
    fields = <ErrorMessage message={t('certificates.form.offeringsError')} onRetry={() => void catalogue.refetch()} />;
  else if (!catalogue.loaded) fields = <LoadingIndicator />;
  else
    fields = (
      <Box sx={{ display: 'grid', gap: 2, pt: 1 }}>
        <TextField
          select
          id="certificate-offering"
          label={t('certificates.form.offering')}
          required
          value={draft.offeringId}
          onChange={(event) => update({ offeringId: event.target.value, executionId: '' })}
          error={missing.includes('offeringId')}
          helperText={missing.includes('offeringId') ? t('certificates.form.offeringRequired') : undefined}
        >
          {catalogue.offerings.map((candidate) => (
            <MenuItem key={candidate.id} value={candidate.id}>
              {t('certificates.form.offeringOption', { title: candidate.title, provider: candidate.owner.name })}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          id="certificate-execution"
          label={t('certificates.form.execution')}
          required
          disabled={!offering}
          value={draft.executionId}
          onChange={(event) => update({ executionId: event.target.value })}
          error={missing.includes('executionId')}
          helperText={
            missing.includes('executionId')
              ? t('certificates.form.executionRequired')
              : offering && certificateExecutions(offering).length === 0
                ? t('certificates.form.noExecutions')
                : t('certificates.form.executionHint')
          }
        >
          {(offering ? certificateExecutions(offering) : []).map((execution) => (
            <MenuItem key={execution.id} value={execution.id}>
              {executionLabel(execution)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          id="certificate-date"
          type="date"
          label={t('certificates.form.completedOn')}
          required
          value={draft.completedOn}
          onChange={(event) => update({ completedOn: event.target.value })}
          error={missing.includes('completedOn')}
          helperText={missing.includes('completedOn') ? t('certificates.form.completedOnRequired') : undefined}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
        />
        <Box>
          <Typography component="label" htmlFor="certificate-file" sx={{ display: 'block', fontWeight: 600, mb: 0.5 }}>
            {t('certificates.form.file')} *
          </Typography>
          <Typography id="certificate-file-hint" variant="body2" sx={{ mb: 1 }}>
            {t('certificates.form.fileHint')}
          </Typography>
          <input
            id="certificate-file"
            type="file"
            required
            accept={EVIDENCE_TYPES.join(',')}
            aria-describedby={fileMessage ? 'certificate-file-hint certificate-file-error' : 'certificate-file-hint'}
            aria-invalid={fileMessage ? true : undefined}
            style={{ maxWidth: '100%' }}
            onChange={(event) => update({ file: event.target.files?.[0] ?? null })}
          />
          {fileMessage && (
            <FormHelperText id="certificate-file-error" error>
              {fileMessage}
            </FormHelperText>
          )}
        </Box>
      </Box>
    );

  return (
    <Dialog open={open} onClose={close} aria-labelledby="certificate-dialog-title" fullWidth maxWidth="sm">
      <DialogTitle id="certificate-dialog-title">{t('certificates.add')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('certificates.form.intro')}</DialogContentText>
        {fields}
        <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{t('common.cancel')}</Button>
        <Button variant="contained" loading={loading || uploading} onClick={() => void submit()}>
          {t('certificates.form.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
