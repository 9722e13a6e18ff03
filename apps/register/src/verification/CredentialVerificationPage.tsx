import { useQuery } from '@apollo/client/react';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { paths } from '../routes';
import { CredentialVerificationQuery } from './graphql';
import { HowToVerify } from './HowToVerify';
import { VerificationResult } from './VerificationResult';
import { addVerificationStrings } from './verificationStrings';

/** `/verificatie/:id`, what a leader's QR code opens: the register's word on that credential, checked now. */
export function CredentialVerificationPage() {
  const { t, i18n } = useTranslation();
  addVerificationStrings(i18n);
  const { id = '' } = useParams();
  // Always a fresh check: the answer says when it was checked, and a revocation must show at once.
  const { data, error, loading, refetch } = useQuery(CredentialVerificationQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const verification = loading ? undefined : data?.credentialVerification;
  const unknown = verification === null;
  useDocumentTitle(unknown ? t('verification.notFound.documentTitle') : t('verification.documentTitle'));

  let content;
  if (verification) content = <VerificationResult verification={verification} />;
  else if (unknown)
    content = (
      <Typography sx={{ mb: 2, maxWidth: '70ch' }} data-testid="verification-not-found">
        {t('verification.notFound.body')}
      </Typography>
    );
  else if (error) content = <ErrorMessage message={t('verification.loadError')} onRetry={() => void refetch()} />;
  else content = <LoadingIndicator label={t('verification.checking')} />;

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {unknown ? t('verification.notFound.title') : t('verification.resultTitle')}
      </Typography>
      {content}
      <Typography sx={{ mt: 3 }}>
        <Link component={RouterLink} to={paths.verification}>
          {t('verification.checkFile')}
        </Link>
      </Typography>
      <HowToVerify id="zelf-controleren" />
    </>
  );
}
