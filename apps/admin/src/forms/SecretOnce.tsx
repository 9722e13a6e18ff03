import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';

/** What SecretOnce says, in the words of the secret it shows (an API key, a webhook's signing secret). */
export interface SecretOnceTexts {
  /** That it is shown this once. */
  warning: string;
  /** The field's label. */
  label: string;
  /** How the secret is used. */
  usage: string;
  copy: string;
  copied: string;
  copyFailed: string;
}

export interface SecretOnceProps {
  /** The field's id. */
  id: string;
  secret: string;
  texts: SecretOnceTexts;
}

/** A new secret with a copy button and the warning that it is never shown again. */
export function SecretOnce({ id, secret, texts }: SecretOnceProps) {
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle');

  async function copySecret() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('done');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <>
      <Alert severity="warning" sx={{ mb: 2 }}>
        {texts.warning}
      </Alert>
      <TextField
        id={id}
        label={texts.label}
        value={secret}
        multiline
        fullWidth
        onFocus={(event) => event.target.select()}
        slotProps={{ htmlInput: { readOnly: true, spellCheck: false, style: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', wordBreak: 'break-all' } } }}
        sx={{ mb: 1 }}
      />
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 2, mb: 2 }}>
        <Button variant="outlined" onClick={() => void copySecret()}>
          {texts.copy}
        </Button>
        <Typography role="status" variant="body2" sx={{ color: copy === 'failed' ? 'error.main' : 'text.secondary' }}>
          {copy === 'done' ? texts.copied : copy === 'failed' ? texts.copyFailed : ''}
        </Typography>
      </Box>
      <Typography variant="body2">{texts.usage}</Typography>
    </>
  );
}
