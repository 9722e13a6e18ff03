import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, useConnectionLoadMore, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { useOfferingLabels } from '../provider/useOfferingLabels';
import { OfficeNav } from '../staff/OfficeNav';
import { DecideCertificationForm } from './DecideCertificationForm';
import { OfferingsToCertifyQuery } from './graphql';

/** `/medewerker/certificering`: offerings submitted for certification, each with its decision form. */
export function CertificationQueue() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('certificationQueue.title') }));
  const labels = useApplicationLabels();
  const offeringLabels = useOfferingLabels();
  const [decided, setDecided] = useState<string | null>(null);
  const { data, error, refetch, fetchMore } = useQuery(OfferingsToCertifyQuery, { fetchPolicy: 'cache-and-network' });
  const more = useConnectionLoadMore(data, 'offeringsToCertify', fetchMore);

  let content;
  if (error && !data) content = <ErrorMessage message={t('certificationQueue.loadError')} onRetry={() => void refetch()} />;
  else if (!data) content = <LoadingIndicator />;
  else if (data.offeringsToCertify.edges.length === 0) content = <Typography>{t('certificationQueue.none')}</Typography>;
  else
    content = data.offeringsToCertify.edges.map(({ node: offering }) => (
      <Card key={offering.id} variant="outlined" component="article" aria-labelledby={`certify-${offering.id}-title`} sx={{ mb: 3 }} data-testid="offering-to-certify">
        <CardContent>
          <Typography id={`certify-${offering.id}-title`} variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
            {t('certificationQueue.itemTitle', { title: offering.title, owner: offering.ownerName })}
          </Typography>
          <Typography sx={{ mb: 1 }}>
            {t('certificationQueue.submittedOn', {
              date: offering.submittedOn ? labels.date(offering.submittedOn) : '—',
              kind: offeringLabels.kind(offering.kind),
              hours: offering.hours ? t('certificationQueue.hours', { hours: offering.hours }) : '',
            })}
          </Typography>
          {offering.description && <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{offering.description}</Typography>}
          {(['learningGoals', 'programme'] as const).map(
            (field) =>
              offering[field] && (
                <Box key={field} sx={{ mb: 2, maxWidth: '70ch' }}>
                  <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 600 }}>
                    {t(`provider.form.${field}`)}
                  </Typography>
                  <Typography sx={{ whiteSpace: 'pre-line' }}>{offering[field]}</Typography>
                </Box>
              ),
          )}
          <DecideCertificationForm
            key={`${offering.id}:${offering.version}`}
            offering={offering}
            onDecided={(result) => {
              setDecided(t('certificationQueue.decided', { title: result.title }));
              void refetch();
            }}
            onReload={() => void refetch()}
          />
        </CardContent>
      </Card>
    ));

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('certificationQueue.title')}
      </Typography>
      <OfficeNav />
      <Typography sx={{ mb: 3, maxWidth: '70ch' }}>{t('certificationQueue.intro')}</Typography>
      {decided && (
        <Alert severity="success" role="status" sx={{ mb: 3 }}>
          {decided}
        </Alert>
      )}
      {content}
      <LoadMoreButton {...more} />
    </>
  );
}
