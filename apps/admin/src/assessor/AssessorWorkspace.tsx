import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, useConnectionLoadMore, useDocumentTitle } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { PortfolioCaseState } from '../gql/graphql';
import { CaptionedTable } from '../grid/CaptionedTable';
import { usePortfolioLabels } from '../portfolio/usePortfolioLabels';
import { paths, pathWithId } from '../routes';
import { AssessorNav } from './AssessorNav';
import { FeeScheduleSection } from './FeeScheduleSection';
import { AssessorPortfolioCasesQuery, MyAssessorOrganisationQuery } from './graphql';

const STATES: readonly PortfolioCaseState[] = ['SUBMITTED', 'INSUFFICIENT', 'SUFFICIENT', 'INTERVIEW_PLANNED', 'VALIDATED', 'NOT_VALIDATED'];
const COLUMNS = ['leader', 'themes', 'state', 'submittedOn', 'assessors'] as const;

function stateParam(value: string | null): PortfolioCaseState | null {
  return STATES.find((state) => state === value) ?? null;
}

/** `/beoordelaar`: the organisation's portfolio cases to assess, filtered by state (kept in the address), paged. */
export function AssessorWorkspace() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('workspaces.ASSESSOR.title') }));
  const labels = usePortfolioLabels();
  const [search, setSearch] = useSearchParams();
  const state = stateParam(search.get('stand'));
  const organisation = useQuery(MyAssessorOrganisationQuery);
  const cases = useQuery(AssessorPortfolioCasesQuery, { variables: { state: state ? [state] : null, first: 25 }, fetchPolicy: 'cache-and-network' });
  const more = useConnectionLoadMore(cases.data, 'assessorPortfolioCases', cases.fetchMore);

  let list;
  if (cases.error && !cases.data) list = <ErrorMessage message={t('portfolio.assessor.loadError')} onRetry={() => void cases.refetch()} />;
  else if (!cases.data) list = <LoadingIndicator />;
  else if (cases.data.assessorPortfolioCases.edges.length === 0) list = <Typography>{t('portfolio.assessor.none')}</Typography>;
  else
    list = (
      <>
        <Typography sx={{ mb: 1 }} data-testid="case-count">
          {t('portfolio.assessor.count', { count: cases.data.assessorPortfolioCases.totalCount })}
        </Typography>
        <CaptionedTable caption={t('portfolio.assessor.caption')} data-testid="assessor-cases">
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column} component="th" scope="col">
                  {t(`portfolio.assessor.columns.${column}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {cases.data.assessorPortfolioCases.edges.map(({ node }) => (
              <TableRow key={node.id} data-testid="assessor-case">
                <TableCell>
                  <Link component={RouterLink} to={pathWithId(paths.assessorCase, node.id)}>
                    {node.leader.displayName}
                  </Link>
                </TableCell>
                <TableCell>{labels.themes(node.themes.map((item) => item.theme))}</TableCell>
                <TableCell>{labels.state(node.state)}</TableCell>
                <TableCell>{node.submittedOn ? labels.date(node.submittedOn) : '—'}</TableCell>
                <TableCell>{node.assessors.length > 0 ? node.assessors.map((assessor) => assessor.displayName).join(', ') : t('portfolio.assessor.notAssigned')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </CaptionedTable>
        <LoadMoreButton {...more} />
      </>
    );

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('workspaces.ASSESSOR.title')}
      </Typography>
      <AssessorNav />
      {organisation.data?.myAssessorOrganisation && (
        <Typography sx={{ mb: 3 }} data-testid="assessor-organisation">
          {t('portfolio.assessor.organisation')}: {organisation.data.myAssessorOrganisation.name}
        </Typography>
      )}
      {organisation.data?.myAssessorOrganisation && <FeeScheduleSection organisation={organisation.data.myAssessorOrganisation} onReload={() => void organisation.refetch()} />}
      <Box component="section" aria-labelledby="cases-heading">
        <Typography id="cases-heading" variant="h2" sx={{ fontSize: '1.4rem', mb: 2 }}>
          {t('portfolio.assessor.cases')}
        </Typography>
        <TextField
          select
          id="case-state"
          label={t('portfolio.assessor.filter')}
          value={state ?? ''}
          onChange={(event) => setSearch(event.target.value ? { stand: event.target.value } : {}, { replace: true })}
          sx={{ mb: 2, minWidth: 'min(100%, 16rem)' }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t('portfolio.assessor.filterAll')}</MenuItem>
          {STATES.map((option) => (
            <MenuItem key={option} value={option}>
              {labels.state(option)}
            </MenuItem>
          ))}
        </TextField>
        {list}
      </Box>
    </>
  );
}
