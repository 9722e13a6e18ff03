import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { apiErrorOf } from '../auth/apiError';
import { paths } from '../routes';
import { useLinkToken } from './useLinkToken';
import { VerifyEmailMutation } from './graphql';

/**
 * Opened from the link in the enrolment e-mail. Confirming takes a click, so a mail scanner that
 * opens links does not use up the link (it works once).
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('selfService.verify.documentTitle'));
  const token = useLinkToken();
  const [verify, { loading }] = useMutation(VerifyEmailMutation);
  const [outcome, setOutcome] = useState<{ done: true } | { done: false; message: string; used: boolean } | null>(null);

  async function confirm() {
    try {
      await verify({ variables: { token } });
      setOutcome({ done: true });
    } catch (error) {
      const apiError = apiErrorOf(error);
      const reason = apiError?.reason ?? '';
      const known = reason.startsWith('TOKEN_') || apiError?.code === 'RATE_LIMITED';
      setOutcome({ done: false, message: known && apiError ? apiError.message : t('selfService.verify.failed'), used: reason === 'TOKEN_USED' });
    }
  }

  return (
    <Box sx={{ maxWidth: '32rem' }}>
      <Typography variant="h1" gutterBottom>
        {t('selfService.verify.title')}
      </Typography>
      <div role="status">
        {outcome?.done && (
          <Alert severity="success" role="none" sx={{ mb: 3 }}>
            {t('selfService.verify.done')}
          </Alert>
        )}
      </div>
      {outcome && !outcome.done && (
        <Alert severity="error" role="alert" sx={{ mb: 3 }}>
          {outcome.message}
        </Alert>
      )}
      {!token && (
        <Alert severity="error" sx={{ mb: 3 }}>
          {t('selfService.missingToken')}
        </Alert>
      )}
      {token && !outcome?.done && (
        <>
          <Typography sx={{ mb: 3 }}>{t('selfService.verify.intro')}</Typography>
          <Button variant="contained" size="large" loading={loading} onClick={() => void confirm()} sx={{ mb: 3 }}>
            {t('selfService.verify.submit')}
          </Button>
        </>
      )}
      <Box sx={{ display: 'grid', gap: 1, justifyItems: 'start' }}>
        {(outcome?.done || (outcome && outcome.used)) && (
          <Link component={RouterLink} to={paths.login}>
            {t('selfService.enrol.toLogin')}
          </Link>
        )}
        {(!token || (outcome && !outcome.done && !outcome.used)) && (
          <Link component={RouterLink} to={paths.enrol}>
            {t('selfService.verify.enrolAgain')}
          </Link>
        )}
      </Box>
    </Box>
  );
}
