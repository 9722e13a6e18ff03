import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A new key's secret with a copy button and the warning that it is never shown again. */
export function SecretOnce({ secret }: { secret: string }) {
  const { t } = useTranslation();
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
        {t('apiKeys.secret.warning')}
      </Alert>
      <TextField
        id="api-key-secret"
        label={t('apiKeys.secret.label')}
        value={secret}
        multiline
        fullWidth
        onFocus={(event) => event.target.select()}
        slotProps={{ htmlInput: { readOnly: true, spellCheck: false, style: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', wordBreak: 'break-all' } } }}
        sx={{ mb: 1 }}
      />
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 2, mb: 2 }}>
        <Button variant="outlined" onClick={() => void copySecret()}>
          {t('apiKeys.secret.copy')}
        </Button>
        <Typography role="status" variant="body2" sx={{ color: copy === 'failed' ? 'error.main' : 'text.secondary' }}>
          {copy === 'done' ? t('apiKeys.secret.copied') : copy === 'failed' ? t('apiKeys.secret.copyFailed') : ''}
        </Typography>
      </Box>
      <Typography variant="body2">{t('apiKeys.secret.usage')}</Typography>
    </>
  );
}
