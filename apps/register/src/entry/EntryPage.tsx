import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { parseCalendarDate, todayInAmsterdam } from '@srpo/domain';
import { ErrorMessage, formatDate, LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { AS_OF_PARAM, paths } from '../routes';
import { AsOfForm } from './AsOfForm';
import { PublicRegistrationQuery } from './graphql';
import { RegistrationDetails } from './RegistrationDetails';

/** `/register/:registerNumber[?peildatum=YYYY-MM-DD]`: one public register entry, today or on a date. */
export function EntryPage() {
  const { t, i18n } = useTranslation();
  const { registerNumber = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const rawAsOf = params.get(AS_OF_PARAM);
  const asOf = rawAsOf ? parseCalendarDate(rawAsOf) : null;
  const [today] = useState(() => todayInAmsterdam(new Date()));

  const { data, error, loading, refetch } = useQuery(PublicRegistrationQuery, {
    variables: { registerNumber, asOf },
  });
  const entry = data?.publicRegistration;
  const notFound = !loading && !error && data !== undefined && entry === null;

  useDocumentTitle(
    entry
      ? t('entry.documentTitle', { name: entry.displayName })
      : notFound
        ? t('entry.notFound.documentTitle')
        : t('entry.documentTitleLoading', { number: registerNumber }),
  );

  const asOfText = asOf ? formatDate(asOf, i18n.language) : '';
  let content;
  if (entry) content = <RegistrationDetails entry={entry} asOf={asOf ?? today} />;
  else if (notFound)
    content = (
      <>
        <Typography sx={{ mb: 2, maxWidth: '70ch' }}>
          {asOf ? t('entry.notFound.bodyOn', { number: registerNumber, date: asOfText }) : t('entry.notFound.body', { number: registerNumber })}
        </Typography>
        <Link component={RouterLink} to={paths.search}>
          {t('entry.notFound.search')}
        </Link>
      </>
    );
  else if (error) content = <ErrorMessage message={t('entry.loadError')} onRetry={() => void refetch()} />;
  else content = <LoadingIndicator />;

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {entry ? entry.displayName : notFound ? t('entry.notFound.title') : t('entry.heading', { number: registerNumber })}
      </Typography>
      {rawAsOf && !asOf && (
        <Alert severity="warning" role="status" sx={{ mb: 2 }}>
          {t('entry.asOf.invalidInUrl', { value: rawAsOf })}
        </Alert>
      )}
      {asOf && (
        <Alert severity="info" role="status" sx={{ mb: 2 }}>
          {t('entry.asOf.showing', { date: asOfText })}
        </Alert>
      )}
      {content}
      <AsOfForm
        registerNumber={registerNumber}
        asOf={asOf}
        onChange={(next) => setParams(new URLSearchParams({ [AS_OF_PARAM]: next }))}
      />
    </>
  );
}
