import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { isEmailAddress } from '@srpo/domain';
import { useDocumentTitle } from '@srpo/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { apiErrorOf } from '../auth/apiError';
import { ErrorSummary, fieldError, type FormError } from '../forms/ErrorSummary';
import { paths } from '../routes';
import { RequestPasswordResetMutation } from './graphql';

const EMAIL = 'forgot-email';

/** Asks for the account's e-mail address; the answer is the same whether or not it has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('selfService.forgot.documentTitle'));
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request, { loading }] = useMutation(RequestPasswordResetMutation);

  function check(value: string): FormError[] {
    if (!value.trim()) return [{ fieldId: EMAIL, message: t('selfService.enrol.emailRequired') }];
    if (!isEmailAddress(value.trim())) return [{ fieldId: EMAIL, message: t('selfService.enrol.emailInvalid') }];
    return [];
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = check(email);
    setErrors(found);
    if (found.length > 0) return;
    try {
      await request({ variables: { email: email.trim() } });
      setSentTo(email.trim());
    } catch (error) {
      const apiError = apiErrorOf(error);
      const shown = apiError?.code === 'BAD_USER_INPUT' || apiError?.code === 'RATE_LIMITED';
      setErrors([{ message: shown ? apiError.message : t('selfService.forgot.failed'), fieldId: apiError?.field === 'email' ? EMAIL : undefined }]);
    }
  }

  return (
    <Box sx={{ maxWidth: '28rem' }}>
      <Typography variant="h1" gutterBottom>
        {t('selfService.forgot.title')}
      </Typography>
      <div role="status">
        {sentTo && (
          <Alert severity="success" role="none" sx={{ mb: 3 }}>
            {t('selfService.forgot.sent', { email: sentTo })}
          </Alert>
        )}
      </div>
      {sentTo ? (
        <Link component={RouterLink} to={paths.login}>
          {t('selfService.enrol.toLogin')}
        </Link>
      ) : (
        <>
          <Typography sx={{ mb: 3 }}>{t('selfService.forgot.intro')}</Typography>
          <ErrorSummary title={t('forms.errorSummaryTitle')} errors={errors} />
          <Box component="form" noValidate onSubmit={(event) => void submit(event)} sx={{ display: 'grid', gap: 2.5 }}>
            <TextField
              id={EMAIL}
              label={t('selfService.forgot.email')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              onBlur={() => setErrors(email ? check(email) : [])}
              error={Boolean(fieldError(errors, EMAIL))}
              helperText={fieldError(errors, EMAIL)}
            />
            <Box>
              <Button type="submit" variant="contained" size="large" loading={loading}>
                {t('selfService.forgot.submit')}
              </Button>
            </Box>
          </Box>
        </>
      )}
    </Box>
  );
}
