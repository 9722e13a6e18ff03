import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, useDocumentTitle, useRegistrationLabels } from '@srpo/ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { DataRequestItem } from '../data-requests/DataRequestItem';
import { PersonalDataDownloads } from '../data-requests/PersonalDataDownloads';
import type { DataRequestKind, MyDataSummaryQuery as MyDataSummaryResult } from '../gql/graphql';
import { paths } from '../routes';
import { FileDataRequestDialog } from './FileDataRequestDialog';
import { MyDataRequestsQuery, MyDataSummaryQuery } from './graphql';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 5, minWidth: 0 }}>
      <Typography id={id} variant="h2" sx={{ fontSize: '1.4rem', mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** Name, number, address, registration and employments: the register's data on the leader in short, as a description list. */
function HeldData({ profile }: { profile: MyDataSummaryResult['myProfile'] }) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const registrationLabels = useRegistrationLabels();
  const registration = profile.registration;
  const rows: [string, string][] = [
    [t('myData.held.name'), `${profile.displayName} (${profile.initials})`],
    [t('myData.held.registerNumber'), profile.registerNumber],
    [t('myData.held.email'), profile.email ?? t('myData.held.noEmail')],
    [t('myData.held.enrolledOn'), labels.date(profile.enrolledOn)],
    [
      t('myData.held.registration'),
      registration
        ? t('myData.held.registrationValue', {
            title: registrationLabels.title(registration.title),
            status: registrationLabels.status(registration.status).toLowerCase(),
            date: labels.date(registration.registeredOn),
          })
        : t('myData.held.noRegistration'),
    ],
    [t('myData.held.employments'), t('myData.held.employmentCount', { count: profile.employments.length })],
  ];
  return (
    <>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' }, columnGap: 3, rowGap: { xs: 0, sm: 1 }, m: 0, mb: 2 }} data-testid="held-data">
        {rows.map(([term, value]) => (
          <Box key={term} sx={{ display: 'contents' }}>
            <Typography component="dt" sx={{ fontWeight: 600, mt: { xs: 1, sm: 0 } }}>
              {term}
            </Typography>
            <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      <Typography sx={{ maxWidth: '70ch' }}>{t('myData.held.more')}</Typography>
    </>
  );
}

function MyRequests() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MyDataRequestsQuery, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ErrorMessage message={t('myData.mine.loadError')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingIndicator />;
  if (data.myDataRequests.length === 0) return <Typography>{t('myData.mine.none')}</Typography>;
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid="my-data-requests">
      {data.myDataRequests.map((request) => (
        <DataRequestItem key={request.id} request={request} />
      ))}
    </Box>
  );
}

/** `/mijn-registratie/mijn-gegevens`: what the register holds on the leader, the export, and correction or erasure requests with their state. */
export function MyDataPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('myData.title') }));
  const labels = useApplicationLabels();
  const [filing, setFiling] = useState<DataRequestKind | null>(null);
  const [filedDeadline, setFiledDeadline] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(MyDataSummaryQuery, { fetchPolicy: 'cache-and-network' });
  const registration = data?.myProfile.registration;
  const registered = Boolean(registration && registration.status !== 'DEREGISTERED');

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('myData.title')}
      </Typography>
      <Link component={RouterLink} to={paths.leader} sx={{ display: 'inline-block', mb: 2 }}>
        {t('myData.back')}
      </Link>
      <Typography sx={{ mb: 4, maxWidth: '70ch' }}>{t('myData.intro')}</Typography>
      <Section id="held-heading" title={t('myData.held.title')}>
        {data ? <HeldData profile={data.myProfile} /> : error ? <ErrorMessage message={t('myData.loadError')} onRetry={() => void refetch()} /> : <LoadingIndicator />}
      </Section>
      <Section id="download-heading" title={t('myData.download.title')}>
        <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('myData.download.intro')}</Typography>
        <PersonalDataDownloads labels={{ json: t('myData.download.json'), pdf: t('myData.download.pdf') }} />
      </Section>
      <Section id="request-heading" title={t('myData.request.title')}>
        <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('myData.request.intro')}</Typography>
        {filedDeadline && (
          <Alert severity="success" role="status" sx={{ mb: 2 }}>
            {t('myData.request.sent', { date: labels.date(filedDeadline) })}
          </Alert>
        )}
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
          {(['CORRECTION', 'ERASURE'] as const).map((kind) => (
            <Button key={kind} variant="outlined" onClick={() => setFiling(kind)}>
              {t(kind === 'CORRECTION' ? 'myData.request.correction' : 'myData.request.erasure')}
            </Button>
          ))}
        </Box>
      </Section>
      <Section id="requests-heading" title={t('myData.mine.title')}>
        <MyRequests />
      </Section>
      {filing && (
        <FileDataRequestDialog
          kind={filing}
          registered={registered}
          onClose={() => setFiling(null)}
          onFiled={(request) => {
            setFiledDeadline(request.deadline);
            setFiling(null);
          }}
        />
      )}
    </>
  );
}
