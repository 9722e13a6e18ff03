import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorSummary, fieldError, type FormError } from '../forms/ErrorSummary';
import { paths } from '../routes';
import { homePathFor } from '../workspaces/workspaces';
import { apiErrorOf } from './apiError';
import { LoginMutation, ViewerQuery } from './graphql';
import { returnPathOf } from './returnPath';
import { useViewer } from './useViewer';

const EMAIL = 'login-email';
const PASSWORD = 'login-password';
/** Error classes whose (Dutch) message the API writes for the user: wrong credentials, throttling, bad input. */
const SHOWN_CODES = new Set(['UNAUTHENTICATED', 'RATE_LIMITED', 'BAD_USER_INPUT']);

/** E-mail and password; afterwards back to the page the user came from, else the role's home. */
export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.documentTitle'));
  const location = useLocation();
  const navigate = useNavigate();
  const { viewer, loading: viewerLoading } = useViewer();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [login, { loading }] = useMutation(LoginMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ViewerQuery, data: { __typename: 'Query', viewer: data.login } });
    },
  });
  const returnPath = returnPathOf(location.state);

  if (viewerLoading) return <LoadingIndicator />;
  if (viewer && !loading) return <Navigate to={returnPath ?? homePathFor(viewer.roles)} replace />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: FormError[] = [];
    if (!email.trim()) missing.push({ fieldId: EMAIL, message: t('login.emailRequired') });
    if (!password) missing.push({ fieldId: PASSWORD, message: t('login.passwordRequired') });
    setErrors(missing);
    if (missing.length > 0) return;
    try {
      const { data } = await login({ variables: { email: email.trim(), password } });
      if (data) void navigate(returnPath ?? homePathFor(data.login.roles), { replace: true });
    } catch (error) {
      const apiError = apiErrorOf(error);
      const message = apiError?.code && SHOWN_CODES.has(apiError.code) ? apiError.message : t('login.failed');
      setErrors([{ message }]);
    }
  }

  return (
    <Box sx={{ maxWidth: '28rem' }}>
      <Typography variant="h1" gutterBottom>
        {t('login.title')}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t('login.intro')}</Typography>
      <ErrorSummary title={t('forms.errorSummaryTitle')} errors={errors} />
      <Box component="form" noValidate onSubmit={(event) => void submit(event)} sx={{ display: 'grid', gap: 2.5 }}>
        <TextField
          id={EMAIL}
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={Boolean(fieldError(errors, EMAIL))}
          helperText={fieldError(errors, EMAIL)}
        />
        <TextField
          id={PASSWORD}
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={Boolean(fieldError(errors, PASSWORD))}
          helperText={fieldError(errors, PASSWORD)}
        />
        <Box>
          <Button type="submit" variant="contained" size="large" loading={loading}>
            {t('login.submit')}
          </Button>
        </Box>
      </Box>
      <Box sx={{ display: 'grid', gap: 1, justifyItems: 'start', mt: 3 }}>
        <Link component={RouterLink} to={paths.forgotPassword}>
          {t('selfService.loginLinks.forgot')}
        </Link>
        <Link component={RouterLink} to={paths.enrol}>
          {t('selfService.loginLinks.enrol')}
        </Link>
      </Box>
    </Box>
  );
}
