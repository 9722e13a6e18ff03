import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { SecretOnce } from '../forms/SecretOnce';
import type { ApiKeyFieldsFragment } from '../gql/graphql';
import { IssueApiKeyMutation } from './graphql';
import { API_KEY_SCOPES, emptyIssueDraft, issueInput, type IssueDraft, type IssueField } from './issueDraft';

export interface IssueApiKeyDialogProps {
  open: boolean;
  /** After the dialog closed; with the key when one was issued. */
  onClose(issued: ApiKeyFieldsFragment | null): void;
}

const TEXT_FIELDS = ['organisation', 'contactName', 'contactEmail', 'purpose'] as const;

/** "Sleutel uitgeven": who and what for, then the secret, shown this once. */
export function IssueApiKeyDialog({ open, onClose }: IssueApiKeyDialogProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<IssueDraft>(emptyIssueDraft);
  const [missing, setMissing] = useState<readonly IssueField[]>([]);
  const [issued, setIssued] = useState<{ secret: string; apiKey: ApiKeyFieldsFragment } | null>(null);
  const [issue, { loading, error, reset }] = useMutation(IssueApiKeyMutation);

  function close() {
    onClose(issued?.apiKey ?? null);
  }

  /** Once the dialog has faded out: forget the secret and the form, so neither flashes or comes back. */
  function clear() {
    reset();
    setDraft(emptyIssueDraft);
    setMissing([]);
    setIssued(null);
  }

  function update(change: Partial<IssueDraft>) {
    setDraft((current) => ({ ...current, ...change }));
    setMissing((current) => current.filter((field) => !(field in change)));
  }

  async function submit() {
    const result = issueInput(draft);
    if (!result.ok) {
      setMissing(result.missing);
      document.getElementById(`issue-key-${result.missing[0]}`)?.focus();
      return;
    }
    try {
      const { data } = await issue({ variables: { input: result.input } });
      if (data) setIssued(data.issueApiKey);
    } catch {
      // shown below
    }
  }

  return (
    <Dialog
      open={open}
      // While the secret is shown, only the explicit button closes: a stray click must not lose it.
      onClose={issued ? undefined : close}
      aria-labelledby="issue-key-title"
      slotProps={{ transition: { onExited: clear } }}
      fullWidth
      maxWidth="sm"
    >
      {issued ? (
        <>
          <DialogTitle id="issue-key-title">{t('apiKeys.secret.title', { organisation: issued.apiKey.organisation })}</DialogTitle>
          <DialogContent>
            <SecretOnce
              id="api-key-secret"
              secret={issued.secret}
              texts={{
                warning: t('apiKeys.secret.warning'),
                label: t('apiKeys.secret.label'),
                usage: t('apiKeys.secret.usage'),
                copy: t('apiKeys.secret.copy'),
                copied: t('apiKeys.secret.copied'),
                copyFailed: t('apiKeys.secret.copyFailed'),
              }}
            />
          </DialogContent>
          <DialogActions>
            <Button variant="contained" onClick={close}>
              {t('apiKeys.secret.done')}
            </Button>
          </DialogActions>
        </>
      ) : (
        <>
          <DialogTitle id="issue-key-title">{t('apiKeys.form.title')}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{t('apiKeys.form.intro')}</DialogContentText>
            <Box component="form" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }} sx={{ display: 'grid', gap: 2, pt: 1 }} id="issue-key-form">
              {TEXT_FIELDS.map((field) => (
                <TextField
                  key={field}
                  id={`issue-key-${field}`}
                  label={t(`apiKeys.form.${field}`)}
                  type={field === 'contactEmail' ? 'email' : 'text'}
                  autoComplete={field === 'contactEmail' ? 'email' : field === 'contactName' ? 'name' : field === 'organisation' ? 'organization' : 'off'}
                  required
                  multiline={field === 'purpose'}
                  minRows={field === 'purpose' ? 2 : undefined}
                  value={draft[field]}
                  onChange={(event) => update({ [field]: event.target.value })}
                  error={missing.includes(field)}
                  helperText={missing.includes(field) ? t(`apiKeys.form.required.${field}`) : field === 'purpose' ? t('apiKeys.form.purposeHint') : undefined}
                />
              ))}
              <FormControl component="fieldset" error={missing.includes('scopes')} required>
                <FormLabel component="legend">{t('apiKeys.form.scopes')}</FormLabel>
                <FormGroup>
                  {API_KEY_SCOPES.map((scope) => (
                    <FormControlLabel
                      key={scope}
                      control={
                        <Checkbox
                          id={scope === API_KEY_SCOPES[0] ? 'issue-key-scopes' : undefined}
                          checked={draft.scopes.includes(scope)}
                          onChange={(event) =>
                            update({ scopes: event.target.checked ? [...draft.scopes, scope] : draft.scopes.filter((each) => each !== scope) })
                          }
                          slotProps={{ input: { 'aria-describedby': `issue-key-hint-${scope}` } }}
                        />
                      }
                      label={
                        <>
                          {t(`apiKeys.scopes.${scope}`)}
                          <FormHelperText id={`issue-key-hint-${scope}`} sx={{ mt: 0, mx: 0 }} error={false}>
                            {t(`apiKeys.scopeHints.${scope}`)}
                          </FormHelperText>
                        </>
                      }
                    />
                  ))}
                </FormGroup>
                {missing.includes('scopes') && <FormHelperText>{t('apiKeys.form.required.scopes')}</FormHelperText>}
              </FormControl>
            </Box>
            <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button variant="contained" type="submit" form="issue-key-form" loading={loading}>
              {t('apiKeys.form.submit')}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
