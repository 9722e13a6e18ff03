import { useTranslation } from 'react-i18next';
import { FactList } from '../applications/FactList';
import type { PortfolioCaseFieldsFragment } from '../gql/graphql';
import { usePortfolioLabels } from './usePortfolioLabels';

/** A case's state, organisation, submission, assessors and interview as a description list. */
export function PortfolioFacts({ portfolioCase }: { portfolioCase: PortfolioCaseFieldsFragment }) {
  const { t } = useTranslation();
  const labels = usePortfolioLabels();
  return (
    <FactList
      facts={[
        { term: t('portfolio.case.facts.state'), value: <span data-testid="portfolio-state">{labels.state(portfolioCase.state)}</span> },
        { term: t('portfolio.case.facts.organisation'), value: portfolioCase.assessorOrganisation.name },
        { term: t('portfolio.case.facts.submittedOn'), value: portfolioCase.submittedOn ? labels.date(portfolioCase.submittedOn) : null },
        { term: t('portfolio.case.facts.assessors'), value: portfolioCase.assessors.map((assessor) => assessor.displayName).join(', ') },
        {
          term: t('portfolio.case.facts.interview'),
          value: portfolioCase.interviewStartsAt
            ? t('portfolio.case.interviewLine', {
                date: labels.dateTime(portfolioCase.interviewStartsAt),
                location: portfolioCase.interviewLocation ?? '',
                count: portfolioCase.interviewMinutes ?? 0,
              })
            : null,
        },
      ]}
    />
  );
}
