import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { todayInAmsterdam } from '@srpo/domain';
import { ErrorMessage, formatDate, LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { AS_OF_PARAM, entryPath, paths } from '../routes';
import { readAsOf } from './asOfDate';
import { AsOfForm } from './AsOfForm';
import { RegisterEntryQuery } from './graphql';
import { RegistrationDetails } from './RegistrationDetails';

/** `/register/:registerNumber[?peildatum=31-12-2020]`: one public register entry, today or on an earlier date. */
export function EntryPage() {
  const { t, i18n } = useTranslation();
  const { registerNumber = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [today] = useState(() => todayInAmsterdam(new Date()));
  const reading = readAsOf(params.get(AS_OF_PARAM), today);
  // An unreadable or future date is not asked for: the page says so and shows today.
  const asOf = reading.kind === 'date' ? reading.date : null;
  const date = (value: string) => formatDate(value, i18n.language);

  const { data, error, loading, refetch } = useQuery(RegisterEntryQuery, { variables: { registerNumber, asOf } });
  const lookup = loading ? undefined : data?.publicRegistrationLookup;
  const entry = lookup?.registration ?? null;
  const outcome = lookup?.outcome;

  useDocumentTitle(
    entry
      ? t('entry.documentTitle', { name: entry.displayName })
      : outcome
        ? t('entry.notFound.documentTitle')
        : t('entry.documentTitleLoading', { number: registerNumber }),
  );

  let heading: string = t('entry.heading', { number: registerNumber });
  let content;
  if (entry) {
    heading = entry.displayName;
    content = (
      <>
        {asOf && (
          <Alert severity="info" role="status" sx={{ mb: 2 }}>
            {t('entry.asOf.showing', { date: date(asOf) })}
          </Alert>
        )}
        <RegistrationDetails entry={entry} />
      </>
    );
  } else if (outcome) {
    // One message: the number is unknown, or it was not registered on the date asked (or today).
    if (outcome === 'UNKNOWN_REGISTER_NUMBER' || !asOf) heading = t('entry.notFound.title');
    const body =
      outcome === 'UNKNOWN_REGISTER_NUMBER'
        ? t('entry.notFound.body', { number: registerNumber })
        : asOf
          ? t('entry.notFound.bodyOn', { number: registerNumber, date: date(asOf) })
          : t('entry.notFound.bodyToday', { number: registerNumber });
    content = (
      <>
        <Typography sx={{ mb: 2, maxWidth: '70ch' }} data-testid="entry-not-found">
          {body}
        </Typography>
        <Link component={RouterLink} to={paths.search}>
          {t('entry.notFound.search')}
        </Link>
      </>
    );
  } else if (error) content = <ErrorMessage message={t('entry.loadError')} onRetry={() => void refetch()} />;
  else content = <LoadingIndicator />;

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {heading}
      </Typography>
      {reading.kind === 'invalid' && (
        <Alert severity="warning" role="status" sx={{ mb: 2 }}>
          {t('entry.asOf.invalidInUrl')}
        </Alert>
      )}
      {reading.kind === 'future' && (
        <Alert severity="warning" role="status" sx={{ mb: 2 }}>
          {t('entry.asOf.futureInUrl', { date: date(reading.date) })}
        </Alert>
      )}
      {content}
      {outcome !== 'UNKNOWN_REGISTER_NUMBER' && (
        <AsOfForm
          asOf={asOf}
          today={today}
          onChange={(next) => setParams(new URLSearchParams({ [AS_OF_PARAM]: next }))}
          title={t('entry.asOf.title')}
          intro={t('entry.asOf.intro')}
          futureMessage={t('entry.asOf.future')}
          todayLink={{ to: entryPath(registerNumber), label: t('entry.asOf.today') }}
        />
      )}
    </>
  );
}
