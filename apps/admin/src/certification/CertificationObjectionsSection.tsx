import { useMutation, useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, useConnectionLoadMore } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import type { CertificationObjectionsQuery as ObjectionsData } from '../gql/graphql';
import { CertificationObjectionsQuery, DecideCertificationObjectionMutation } from './graphql';

type Objection = ObjectionsData['certificationObjections']['edges'][number]['node'];

function DecideObjection({ objection }: { objection: Objection }) {
  const { t } = useTranslation();
  const [reasons, setReasons] = useState('');
  const [missing, setMissing] = useState(false);
  const [decide, { loading, error }] = useMutation(DecideCertificationObjectionMutation, {
    refetchQueries: ['CertificationObjections', 'OfferingsToCertify'],
  });

  async function submit(upheld: boolean) {
    if (!reasons.trim()) {
      setMissing(true);
      return;
    }
    try {
      await decide({ variables: { id: objection.id, version: objection.version, upheld, reasons: reasons.trim() } });
    } catch {
      // shown below
    }
  }

  return (
    <Stack spacing={1} sx={{ mt: 1 }}>
      <TextField
        id={`objection-${objection.id}-reasons`}
        label={t('certificationObjection.reasons')}
        multiline
        minRows={2}
        required
        value={reasons}
        onChange={(event) => {
          setReasons(event.target.value);
          setMissing(false);
        }}
        error={missing}
        helperText={missing ? t('certificationObjection.reasonsRequired') : undefined}
      />
      <Stack direction="row" spacing={1}>
        <Button variant="contained" loading={loading} onClick={() => void submit(true)}>
          {t('certificationObjection.uphold')}
        </Button>
        <Button variant="outlined" loading={loading} onClick={() => void submit(false)}>
          {t('certificationObjection.dismiss')}
        </Button>
      </Stack>
      <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
    </Stack>
  );
}

/** Objections of owners against certification decisions, for the accreditation committee and staff. */
export function CertificationObjectionsSection() {
  const { t } = useTranslation();
  const dates = useApplicationLabels();
  const { data, error, refetch, fetchMore } = useQuery(CertificationObjectionsQuery, { fetchPolicy: 'cache-and-network' });
  const more = useConnectionLoadMore(data, 'certificationObjections', fetchMore);

  let content;
  if (error && !data) content = <ErrorMessage message={t('certificationQueue.loadError')} onRetry={() => void refetch()} />;
  else if (!data) content = <LoadingIndicator />;
  else if (data.certificationObjections.edges.length === 0) content = <Typography>{t('certificationObjection.none')}</Typography>;
  else
    content = data.certificationObjections.edges.map(({ node: objection }) => (
      <Card key={objection.id} variant="outlined" component="article" sx={{ mb: 2 }} data-testid="certification-objection">
        <CardContent>
          <Typography variant="h3" sx={{ fontSize: '1.1rem' }}>
            {t('certificationObjection.item', { date: dates.date(objection.filedOn), certification: objection.certificationId.slice(0, 8) })}
          </Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap', my: 1 }}>{objection.grounds}</Typography>
          <DecideObjection objection={objection} />
        </CardContent>
      </Card>
    ));

  return (
    <section aria-labelledby="certification-objections-heading">
      <Typography id="certification-objections-heading" variant="h2" sx={{ fontSize: '1.4rem', mt: 4, mb: 2 }}>
        {t('certificationObjection.sectionTitle')}
      </Typography>
      {content}
      <LoadMoreButton {...more} />
    </section>
  );
}
