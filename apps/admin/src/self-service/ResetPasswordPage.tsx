import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@srpo/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { apiErrorOf } from '../auth/apiError';
import { ErrorSummary, fieldError, type FormError } from '../forms/ErrorSummary';
import { PasswordField } from '../forms/PasswordField';
import { paths } from '../routes';
import { useLinkToken } from './useLinkToken';
import { ResetPasswordMutation } from './graphql';

const NEW = 'reset-new-password';
const REPEAT = 'reset-repeat-password';

/** Opened from the link in the e-mail: a new password twice; the API checks the link and the policy. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('selfService.reset.documentTitle'));
  const token = useLinkToken();
  const [values, setValues] = useState({ [NEW]: '', [REPEAT]: '' });
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [linkBroken, setLinkBroken] = useState(false);
  const [done, setDone] = useState(false);
  const [reset, { loading }] = useMutation(ResetPasswordMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FormError[] = [];
    if (!values[NEW]) found.push({ fieldId: NEW, message: t('selfService.enrol.passwordRequired') });
    else if (values[REPEAT] !== values[NEW]) found.push({ fieldId: REPEAT, message: t('selfService.enrol.mismatch') });
    setErrors(found);
    if (found.length > 0) return;
    try {
      await reset({ variables: { token, newPassword: values[NEW] } });
      setDone(true);
    } catch (error) {
      const apiError = apiErrorOf(error);
      const aboutLink = apiError?.reason?.startsWith('TOKEN_') || apiError?.reason === 'ACCOUNT_DEACTIVATED';
      setLinkBroken(Boolean(aboutLink));
      const shown = apiError && (aboutLink || apiError.code === 'BAD_USER_INPUT' || apiError.code === 'RATE_LIMITED');
      setErrors([{ message: shown ? apiError.message : t('selfService.reset.failed'), fieldId: apiError?.field === 'newPassword' ? NEW : undefined }]);
    }
  }

  function field(fieldId: typeof NEW | typeof REPEAT, label: string, hint?: string) {
    const mismatch = () => fieldId === REPEAT && values[REPEAT] && values[REPEAT] !== values[NEW];
    return (
      <PasswordField
        id={fieldId}
        label={label}
        autoComplete="new-password"
        value={values[fieldId]}
        onChange={(value) => setValues((previous) => ({ ...previous, [fieldId]: value }))}
        onBlur={() => setErrors((previous) => (mismatch() ? [{ fieldId: REPEAT, message: t('selfService.enrol.mismatch') }] : previous.filter((problem) => problem.fieldId !== fieldId)))}
        error={fieldError(errors, fieldId)}
        hint={hint}
      />
    );
  }

  return (
    <Box sx={{ maxWidth: '28rem' }}>
      <Typography variant="h1" gutterBottom>
        {t('selfService.reset.title')}
      </Typography>
      <div role="status">
        {done && (
          <Alert severity="success" role="none" sx={{ mb: 3 }}>
            {t('selfService.reset.done')}
          </Alert>
        )}
      </div>
      {!token && (
        <Alert severity="error" sx={{ mb: 3 }}>
          {t('selfService.missingToken')}
        </Alert>
      )}
      {token && !done && (
        <>
          <Typography sx={{ mb: 3 }}>{t('selfService.reset.intro')}</Typography>
          <ErrorSummary title={t('forms.errorSummaryTitle')} errors={errors} />
          {!linkBroken && (
            <Box component="form" noValidate onSubmit={(event) => void submit(event)} sx={{ display: 'grid', gap: 2.5, mb: 3 }}>
              {field(NEW, t('selfService.reset.newPassword'), t('selfService.enrol.passwordHint'))}
              {field(REPEAT, t('selfService.enrol.repeat'))}
              <Box>
                <Button type="submit" variant="contained" size="large" loading={loading}>
                  {t('selfService.reset.submit')}
                </Button>
              </Box>
            </Box>
          )}
        </>
      )}
      {done ? (
        <Link component={RouterLink} to={paths.login}>
          {t('selfService.enrol.toLogin')}
        </Link>
      ) : (
        (!token || linkBroken) && (
          <Link component={RouterLink} to={paths.forgotPassword}>
            {t('selfService.reset.requestAgain')}
          </Link>
        )
      )}
    </Box>
  );
}
