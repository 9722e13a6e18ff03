import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { DataRequestSubject, validateDataRequestFiling } from '@srpo/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { reasonText } from '../forms/reasonText';
import type { DataRequestFieldsFragment, DataRequestKind } from '../gql/graphql';
import { staleLists } from '../paging/staleLists';
import { FileDataRequestMutation } from './graphql';

type Field = 'subject' | 'description' | 'proposedValue';

/** Which field the domain's refusal of a filing is about. */
const FIELD_OF: Record<string, Field> = {
  DATA_REQUEST_SUBJECT_MISSING: 'subject',
  DATA_REQUEST_DESCRIPTION_MISSING: 'description',
  DATA_REQUEST_ERASURE_REASON_MISSING: 'description',
  DATA_REQUEST_PROPOSED_VALUE_MISSING: 'proposedValue',
};

const EMPTY = { subject: '', description: '', proposedValue: '' };

export interface FileDataRequestDialogProps {
  kind: DataRequestKind;
  /** The leader is registered now: an erasure will be refused until deregistration (said before filing). */
  registered: boolean;
  onClose(): void;
  onFiled(request: DataRequestFieldsFragment): void;
}

/** "Correctie vragen" or "Verwijdering vragen": what happens explained first, then the form; the domain checks it before sending. */
export function FileDataRequestDialog({ kind, registered, onClose, onFiled }: FileDataRequestDialogProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState(EMPTY);
  const [problem, setProblem] = useState<{ field: Field; message: string } | null>(null);
  const [file, { loading, error }] = useMutation(FileDataRequestMutation, { update: staleLists('myDataRequests') });
  const id = `file-${kind.toLowerCase()}`;
  const correction = kind === 'CORRECTION';
  const update = (change: Partial<typeof EMPTY>) => {
    setDraft((current) => ({ ...current, ...change }));
    setProblem(null);
  };
  const fieldProps = (field: Field) => ({
    error: problem?.field === field,
    helperText: problem?.field === field ? problem.message : undefined,
  });

  async function submit() {
    const input = {
      kind,
      subject: correction && draft.subject ? (draft.subject as DataRequestSubject) : null,
      description: draft.description,
      proposedValue: correction ? draft.proposedValue : null,
    };
    const check = validateDataRequestFiling(input);
    if (!check.ok) {
      const [first] = check.reasons;
      setProblem({ field: FIELD_OF[first!.code] ?? 'description', message: reasonText(first!, i18n.language) });
      return;
    }
    try {
      const { data } = await file({ variables: { input } });
      if (data) onFiled(data.fileDataRequest);
    } catch {
      // shown below
    }
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby={`${id}-title`} fullWidth maxWidth="sm">
      <DialogTitle id={`${id}-title`}>{t(correction ? 'myData.correction.title' : 'myData.erasure.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t(correction ? 'myData.correction.explain' : 'myData.erasure.explain')}</DialogContentText>
        {!correction && registered && (
          <Alert severity="warning" sx={{ mb: 2 }} data-testid="erasure-registered">
            {t('myData.erasure.registered')}
          </Alert>
        )}
        <Box sx={{ display: 'grid', gap: 2, pt: 1 }}>
          {correction && (
            <TextField
              select
              id={`${id}-subject`}
              label={t('myData.correction.subject')}
              required
              value={draft.subject}
              onChange={(event) => update({ subject: event.target.value })}
              {...fieldProps('subject')}
            >
              {Object.values(DataRequestSubject).map((subject) => (
                <MenuItem key={subject} value={subject}>
                  {t(`dataRequests.subjects.${subject}`)}
                </MenuItem>
              ))}
            </TextField>
          )}
          <TextField
            id={`${id}-description`}
            label={t(correction ? 'myData.correction.description' : 'myData.erasure.reason')}
            required
            multiline
            minRows={3}
            value={draft.description}
            onChange={(event) => update({ description: event.target.value })}
            {...fieldProps('description')}
          />
          {correction && (
            <TextField
              id={`${id}-proposed`}
              label={t('myData.correction.proposedValue')}
              required
              value={draft.proposedValue}
              onChange={(event) => update({ proposedValue: event.target.value })}
              {...fieldProps('proposedValue')}
            />
          )}
        </Box>
        <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" loading={loading} onClick={() => void submit()}>
          {t('myData.form.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
