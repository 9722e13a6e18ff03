import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useLazyQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { formatNumber, LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VerifyCredentialQuery } from './graphql';
import { HowToVerify } from './HowToVerify';
import { VerificationResult } from './VerificationResult';
import { addVerificationStrings } from './verificationStrings';

/** The most characters the API takes in `verifyCredential` (a signed credential is a few thousand). */
export const MAX_CREDENTIAL_LENGTH = 10_000;

type FormProblem = 'empty' | 'tooLarge' | 'unreadable' | null;

/** A chosen file's text, read in the browser (FileReader: jsdom, where the component tests run, has no Blob.text). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

/** The API's own (Dutch) message when it refused the input; null for any other failure. */
function refusal(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const refused = error.errors.find((problem) => problem.extensions?.['code'] === 'BAD_USER_INPUT');
  return refused?.message ?? null;
}

/** `/verificatie`: a verifier chooses or pastes a credential file; the browser reads it, the API checks it. */
export function VerifyFilePage() {
  const { t, i18n } = useTranslation();
  addVerificationStrings(i18n);
  useDocumentTitle(t('verification.documentTitle'));
  const [content, setContent] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [problem, setProblem] = useState<FormProblem>(null);
  const [verify, { data, error, loading }] = useLazyQuery(VerifyCredentialQuery, { fetchPolicy: 'no-cache' });
  const result = data?.verifyCredential;
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const size = formatNumber(MAX_CREDENTIAL_LENGTH, i18n.language);

  // The outcome gets the focus, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (result || error) resultHeading.current?.focus();
  }, [result, error]);

  async function choose(file: File | undefined) {
    setProblem(null);
    setFileName(file?.name ?? null);
    if (!file) return;
    // At most four bytes a character: a larger file cannot be short enough, and is not read at all.
    if (file.size > 4 * MAX_CREDENTIAL_LENGTH) return setProblem('tooLarge');
    try {
      const text = (await readText(file)).trim();
      setContent(text);
      if (text.length > MAX_CREDENTIAL_LENGTH) setProblem('tooLarge');
    } catch {
      setProblem('unreadable');
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const credential = content.trim();
    if (!credential) return setProblem('empty');
    if (credential.length > MAX_CREDENTIAL_LENGTH) return setProblem('tooLarge');
    setProblem(null);
    void verify({ variables: { credential } }).catch(() => undefined);
  }

  const refused = refusal(error);
  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('verification.title')}
      </Typography>
      <Box component="form" noValidate onSubmit={submit} aria-labelledby="verify-file-heading" sx={{ maxWidth: '48rem', minWidth: 0 }}>
        <Typography id="verify-file-heading" variant="h2" sx={{ fontSize: '1.5rem', mb: 1 }}>
          {t('verification.file.title')}
        </Typography>
        <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('verification.file.intro')}</Typography>
        {/* A button in the page's language (the browser's own file input speaks the browser's); the input inside it keeps the focus and the name. */}
        <Button
          component="label"
          role={undefined}
          tabIndex={-1}
          variant="outlined"
          sx={{ mb: 1, '&:has(input:focus-visible)': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 2 } }}
        >
          {t('verification.file.choose')}
          <Box
            component="input"
            type="file"
            accept=".jwt,.json,.txt,application/json,application/jwt,text/plain"
            onChange={(event: ChangeEvent<HTMLInputElement>) => void choose(event.target.files?.[0])}
            sx={{ position: 'absolute', bottom: 0, left: 0, width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' }}
          />
        </Button>
        {fileName && (
          <Typography variant="body2" sx={{ mb: 2, overflowWrap: 'anywhere' }} data-testid="chosen-file">
            {t('verification.file.chosen', { name: fileName })}
          </Typography>
        )}
        <TextField
          id="credential-content"
          label={t('verification.file.content')}
          helperText={problem ? t(`verification.file.${problem}`, { size }) : t('verification.file.contentHint')}
          error={problem !== null}
          value={content}
          onChange={(event) => {
            setContent(event.target.value);
            setProblem(null);
          }}
          multiline
          minRows={4}
          maxRows={12}
          fullWidth
          sx={{ mt: 1, mb: 2 }}
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', wordBreak: 'break-all' } } }}
        />
        <Button type="submit" variant="contained" disabled={loading}>
          {t('verification.file.submit')}
        </Button>
      </Box>

      {(loading || result || error) && (
        <Box component="section" aria-labelledby="verify-result-heading" sx={{ mt: 4, maxWidth: '48rem' }}>
          <Typography id="verify-result-heading" ref={resultHeading} tabIndex={-1} variant="h2" sx={{ fontSize: '1.5rem', mb: 2, outline: 'none' }}>
            {t('verification.file.result')}
          </Typography>
          {loading ? (
            <LoadingIndicator label={t('verification.checking')} />
          ) : result ? (
            <VerificationResult verification={result} />
          ) : (
            <Alert severity="error" data-testid="verification-error">
              {refused ?? t('verification.loadError')}
            </Alert>
          )}
        </Box>
      )}
      <HowToVerify id="zelf-controleren" />
    </>
  );
}
