import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { FactList } from '../applications/FactList';
import { VisuallyHidden } from '../forms/VisuallyHidden';
import { paths, pathWithId } from '../routes';
import { MyPortfolioCasesQuery } from './graphql';
import { usePortfolioLabels } from './usePortfolioLabels';

/** The leader's portfolio cases, newest first: themes, organisation and where each stands. */
export function MyPortfolioCases() {
  const { t } = useTranslation();
  const labels = usePortfolioLabels();
  const { data, error, refetch } = useQuery(MyPortfolioCasesQuery, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ErrorMessage message={t('portfolio.leader.loadError')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingIndicator />;
  if (data.myPortfolioCases.length === 0) return <Typography>{t('portfolio.leader.none')}</Typography>;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {data.myPortfolioCases.map((portfolioCase) => {
        const themes = labels.themes(portfolioCase.themes.map((item) => item.theme));
        return (
          <Card key={portfolioCase.id} variant="outlined" component="article" aria-labelledby={`portfolio-${portfolioCase.id}`} data-testid="my-portfolio-case">
            <CardContent>
              <Typography id={`portfolio-${portfolioCase.id}`} variant="h3" sx={{ fontSize: '1.15rem', mb: 1 }}>
                {t('portfolio.leader.itemTitle', { themes })}
              </Typography>
              <FactList
                facts={[
                  { term: t('portfolio.case.facts.state'), value: labels.state(portfolioCase.state) },
                  { term: t('portfolio.case.facts.organisation'), value: portfolioCase.assessorOrganisation.name },
                  { term: t('portfolio.case.facts.submittedOn'), value: portfolioCase.submittedOn ? labels.date(portfolioCase.submittedOn) : null },
                ]}
              />
              <Link component={RouterLink} to={pathWithId(paths.leaderPortfolioCase, portfolioCase.id)} sx={{ display: 'inline-block', mt: 1 }}>
                {t('portfolio.leader.open')}
                <VisuallyHidden>{` (${themes})`}</VisuallyHidden>
              </Link>
            </CardContent>
          </Card>
        );
      })}
    </Box>
  );
}
