import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@srpo/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, fieldError, type FormError } from '../forms/ErrorSummary';
import { PasswordField } from '../forms/PasswordField';
import { apiErrorOf } from './apiError';
import { ChangePasswordMutation } from './graphql';

const CURRENT = 'current-password';
const NEW = 'new-password';
const REPEAT = 'repeat-password';

/** Field of each API reason (`extensions.reason`; the password policy itself is the API's). */
const FIELD_OF_REASON: Readonly<Record<string, string>> = { INVALID_CREDENTIALS: CURRENT, PASSWORD_TOO_SHORT_OR_LONG: NEW, PASSWORD_TOO_WEAK: NEW };

/** Current password, new password twice; the API checks the current one and the policy. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('changePassword.documentTitle'));
  const [values, setValues] = useState({ [CURRENT]: '', [NEW]: '', [REPEAT]: '' });
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [changed, setChanged] = useState(false);
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChanged(false);
    const found: FormError[] = [];
    if (!values[CURRENT]) found.push({ fieldId: CURRENT, message: t('changePassword.currentRequired') });
    if (!values[NEW]) found.push({ fieldId: NEW, message: t('changePassword.newRequired') });
    else if (values[REPEAT] !== values[NEW]) found.push({ fieldId: REPEAT, message: t('changePassword.mismatch') });
    setErrors(found);
    if (found.length > 0) return;
    try {
      await changePassword({ variables: { currentPassword: values[CURRENT], newPassword: values[NEW] } });
      setValues({ [CURRENT]: '', [NEW]: '', [REPEAT]: '' });
      setChanged(true);
    } catch (error) {
      const apiError = apiErrorOf(error);
      if (apiError?.code === 'UNAUTHENTICATED') setErrors([{ message: t('changePassword.signedOut') }]);
      else if (apiError) setErrors([{ message: apiError.message, fieldId: FIELD_OF_REASON[apiError.reason ?? ''] }]);
      else setErrors([{ message: t('changePassword.failed') }]);
    }
  }

  function field(fieldId: typeof CURRENT | typeof NEW | typeof REPEAT, label: string, autoComplete: 'current-password' | 'new-password', hint?: string) {
    return (
      <PasswordField
        id={fieldId}
        label={label}
        autoComplete={autoComplete}
        value={values[fieldId]}
        onChange={(value) => setValues((previous) => ({ ...previous, [fieldId]: value }))}
        error={fieldError(errors, fieldId)}
        hint={hint}
      />
    );
  }

  return (
    <Box sx={{ maxWidth: '28rem' }}>
      <Typography variant="h1" gutterBottom>
        {t('changePassword.title')}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t('changePassword.intro')}</Typography>
      <ErrorSummary title={t('forms.errorSummaryTitle')} errors={errors} />
      <div role="status">
        {changed && (
          <Alert severity="success" role="none" sx={{ mb: 3 }}>
            {t('changePassword.success')}
          </Alert>
        )}
      </div>
      <Box component="form" noValidate onSubmit={(event) => void submit(event)} sx={{ display: 'grid', gap: 2.5 }}>
        {field(CURRENT, t('changePassword.current'), 'current-password')}
        {field(NEW, t('changePassword.new'), 'new-password', t('changePassword.newHint'))}
        {field(REPEAT, t('changePassword.repeat'), 'new-password')}
        <Box>
          <Button type="submit" variant="contained" size="large" loading={loading}>
            {t('changePassword.submit')}
          </Button>
        </Box>
      </Box>
    </Box>
  );
}
