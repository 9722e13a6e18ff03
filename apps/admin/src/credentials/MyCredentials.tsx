import { useQuery } from '@apollo/client/react';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { CredentialCard } from './CredentialCard';
import { MyCredentialsQuery } from './graphql';

/** The leader's proofs of registration, one card per registration period. */
export function MyCredentials() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MyCredentialsQuery, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ErrorMessage message={t('credentials.loadError')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingIndicator />;
  const credentials = data.myCredentials;
  return (
    <>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('credentials.intro')}</Typography>
      {credentials.length === 0 ? (
        <Typography>{t('credentials.none')}</Typography>
      ) : (
        <>
          <Typography sx={{ mb: 2 }}>{t('credentials.count', { count: credentials.length })}</Typography>
          {credentials.map((credential) => (
            <CredentialCard key={credential.id} credential={credential} />
          ))}
        </>
      )}
    </>
  );
}
