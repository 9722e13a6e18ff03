import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { OfferingQuery as OfferingData } from '../gql/graphql';
import { paths, pathWithId } from '../routes';
import { ExecutionsSection } from './ExecutionsSection';
import { OfferingQuery } from './graphql';
import { OfferingForm } from './OfferingForm';
import { useOfferingLabels } from './useOfferingLabels';
import { ObjectionButton } from '../objections/ObjectionButton';

function CertificationInfo({ offering }: { offering: NonNullable<OfferingData['offering']> }) {
  const { t } = useTranslation();
  const labels = useOfferingLabels();
  const dates = useApplicationLabels();
  const current = offering.currentCertification;
  return (
    <Box component="section" aria-labelledby="certification-heading" sx={{ mt: 4 }}>
      <Typography id="certification-heading" variant="h2" sx={{ fontSize: '1.4rem', mb: 1 }}>
        {t('provider.certification.title')}
      </Typography>
      <Typography data-testid="current-certification">
        {current
          ? t('provider.certification.current', { from: dates.date(current.validFrom ?? ''), until: dates.date(current.validUntil ?? ''), scope: labels.scope(current.themes, current.subthemes) })
          : t('provider.certification.none')}
      </Typography>
      {offering.certifications.length > 0 && (
        <ul style={{ paddingLeft: '1.25rem' }}>
          {offering.certifications.map((certification) => (
            <li key={certification.id}>
              {t('provider.certification.decision', { date: dates.date(certification.decidedOn), outcome: t(`offering.status.${certification.outcome}`) })}
              {certification.grounds ? ` ${t('provider.certification.grounds', { grounds: certification.grounds })}` : ''}
              <ObjectionButton
                decisionKind="CERTIFICATION"
                decisionId={certification.id}
                decidedOn={certification.decidedOn}
                objections={certification.objections}
                staleLists={['offering']}
              />
            </li>
          ))}
        </ul>
      )}
    </Box>
  );
}

/** `/aanbieder/aanbod/nieuw` and `/aanbieder/aanbod/:id`: the offering form, its certification and executions. */
export function OfferingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const { data, error, loading, refetch } = useQuery(OfferingQuery, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'cache-and-network' });
  const offering = data?.offering ?? null;
  const heading = id ? offering?.title ?? t('provider.form.newTitle') : t('provider.form.newTitle');
  useDocumentTitle(t('workspaces.documentTitle', { name: heading }));

  let content;
  if (!id || offering) {
    content = (
      <>
        <OfferingForm
          key={offering?.id ?? 'new'}
          offering={offering}
          onSaved={(saved, created) => {
            if (created) void navigate(pathWithId(paths.providerOffering, saved.id), { replace: true });
          }}
          onReload={() => void refetch()}
        />
        {offering && <CertificationInfo offering={offering} />}
        {offering && <ExecutionsSection offering={offering} onChanged={() => void refetch()} />}
      </>
    );
  } else if (error) content = <ErrorMessage message={t('provider.form.loadError')} onRetry={() => void refetch()} />;
  else if (loading) content = <LoadingIndicator />;
  else content = <Typography>{t('provider.form.notFound')}</Typography>;

  return (
    <>
      <Typography sx={{ mb: 1 }}>
        <Link component={RouterLink} to={paths.provider}>
          {t('provider.back')}
        </Link>
      </Typography>
      <Typography variant="h1" gutterBottom>
        {heading}
      </Typography>
      {content}
    </>
  );
}
