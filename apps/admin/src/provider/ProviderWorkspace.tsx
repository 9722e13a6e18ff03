import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { CaptionedTable } from '../grid/CaptionedTable';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, useConnectionLoadMore, useDocumentTitle } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { FactList } from '../applications/FactList';
import { paths, pathWithId } from '../routes';
import { MyOfferingsQuery, MyProviderQuery } from './graphql';
import { useOfferingLabels } from './useOfferingLabels';

const COLUMNS = ['title', 'kind', 'status', 'period', 'themes'] as const;

/** `/aanbieder`: the provider's organisation and its offerings with their certification. */
export function ProviderWorkspace() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('workspaces.PROVIDER.title') }));
  const labels = useOfferingLabels();
  const provider = useQuery(MyProviderQuery);
  const offerings = useQuery(MyOfferingsQuery, { fetchPolicy: 'cache-and-network' });
  const more = useConnectionLoadMore(offerings.data, 'myOfferings', offerings.fetchMore);

  let list;
  if (offerings.error && !offerings.data) list = <ErrorMessage message={t('provider.loadError')} onRetry={() => void offerings.refetch()} />;
  else if (!offerings.data) list = <LoadingIndicator />;
  else if (offerings.data.myOfferings.edges.length === 0) list = <Typography>{t('provider.offerings.none')}</Typography>;
  else
    list = (
      <CaptionedTable caption={t('provider.offerings.caption')} data-testid="my-offerings">
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableCell key={column} component="th" scope="col">
                {t(`provider.offerings.columns.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {offerings.data.myOfferings.edges.map(({ node: offering }) => {
            const certification = offering.currentCertification;
            return (
              <TableRow key={offering.id} data-testid="my-offering">
                <TableCell>
                  <Link component={RouterLink} to={pathWithId(paths.providerOffering, offering.id)}>
                    {offering.title}
                  </Link>
                </TableCell>
                <TableCell>{labels.kind(offering.kind)}</TableCell>
                <TableCell>{labels.status(offering.status)}</TableCell>
                <TableCell>{labels.period(certification?.validFrom, certification?.validUntil)}</TableCell>
                <TableCell>
                  {certification
                    ? labels.scope(certification.themes, certification.subthemes)
                    : labels.scope(offering.claimedThemes, offering.claimedSubthemes)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </CaptionedTable>
    );

  const me = provider.data?.myProvider;
  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('workspaces.PROVIDER.title')}
      </Typography>
      {provider.error && !me && <ErrorMessage message={t('provider.loadError')} onRetry={() => void provider.refetch()} />}
      {me && (
        <Box component="section" aria-labelledby="provider-heading" sx={{ mb: 4 }}>
          <Typography id="provider-heading" variant="h2" sx={{ fontSize: '1.4rem', mb: 1 }}>
            {me.name}
          </Typography>
          <FactList
            facts={[
              { term: t('provider.kvk'), value: me.kvkNumber },
              { term: t('provider.contact'), value: me.contactEmail },
              { term: t('provider.website'), value: me.website },
            ]}
          />
        </Box>
      )}
      <Box component="section" aria-labelledby="offerings-heading">
        <Box sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: 2, mb: 2 }}>
          <Typography id="offerings-heading" variant="h2" sx={{ fontSize: '1.4rem' }}>
            {t('provider.offerings.title')}
          </Typography>
          <Button component={RouterLink} to={paths.providerNewOffering} variant="contained">
            {t('provider.offerings.new')}
          </Button>
        </Box>
        {list}
      <LoadMoreButton {...more} />
      </Box>
    </>
  );
}
