import { useMutation, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { checkPortfolioInterviewHeld, todayInAmsterdam } from '@srpo/domain';
import { LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { DocumentList } from '../applications/DocumentList';
import { useViewer } from '../auth/useViewer';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import type { AssessorPortfolioCaseQuery as AssessorCase } from '../gql/graphql';
import { staleLists } from '../paging/staleLists';
import { FeeLines } from '../portfolio/FeeLines';
import { PortfolioFacts } from '../portfolio/PortfolioFacts';
import { PortfolioSection } from '../portfolio/PortfolioSection';
import { PortfolioTimeline } from '../portfolio/PortfolioTimeline';
import { ThemeOutcomes } from '../portfolio/ThemeOutcomes';
import { paths } from '../routes';
import { AssignAssessorsForm } from './AssignAssessorsForm';
import { ChecklistForm } from './ChecklistForm';
import { AssessorPortfolioCaseQuery, MarkPortfolioFeesPaidMutation } from './graphql';
import { InterviewForm } from './InterviewForm';
import { OutcomeForm } from './OutcomeForm';
import { CaseUnavailable } from '../portfolio/CaseUnavailable';

type Case = NonNullable<AssessorCase['portfolioCase']>;

/** Who recorded what, per theme: "Naam: voldoende". */
function RecordedList({ items, testId }: { items: readonly { key: string; text: string }[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid={testId}>
      {items.map((item) => (
        <li key={item.key}>{item.text}</li>
      ))}
    </Box>
  );
}

function MarkPaidButton({ portfolioCase, onReload }: { portfolioCase: Case; onReload(): void }) {
  const { t } = useTranslation();
  const [markPaid, { loading, error }] = useMutation(MarkPortfolioFeesPaidMutation, { update: staleLists('assessorPortfolioCases') });
  return (
    <>
      <Button
        variant="outlined"
        loading={loading}
        onClick={() =>
          void markPaid({ variables: { caseId: portfolioCase.id, version: portfolioCase.version, paidOn: todayInAmsterdam(new Date()) } }).then(onReload, () => undefined)
        }
      >
        {t('portfolio.fees.markPaid')}
      </Button>
      <ApiErrorAlert error={error} fallback={t('common.saveFailed')} onReload={onReload} />
    </>
  );
}

/** `/beoordelaar/dossiers/:id`: a case for its organisation: assign assessors, checklists, interview, outcome, fees. */
export function AssessorCasePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('portfolio.case.documentTitle') }));
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(AssessorPortfolioCaseQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const reload = () => refetch();

  const back = (
    <Link component={RouterLink} to={paths.assessor}>
      {t('portfolio.assessor.back')}
    </Link>
  );
  if (error && !data) return <CaseUnavailable back={back} error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingIndicator />;
  const portfolioCase = data.portfolioCase;
  const { state, round } = portfolioCase;
  const themes = portfolioCase.themes.map((item) => item.theme);
  const nameOf = (theme: { code: string; name: string }) => `${theme.code}. ${theme.name}`;
  const onCase = viewer ? portfolioCase.assessors.some((assessor) => assessor.id === viewer.id) : false;
  const assessments = portfolioCase.themes.flatMap((item) => item.assessments.filter((assessment) => assessment.round === round).map((assessment) => ({ ...assessment, theme: item.theme })));
  const proposals = portfolioCase.themes.flatMap((item) => item.outcomeProposals.map((proposal) => ({ ...proposal, theme: item.theme })));
  const toAssess = themes.filter((theme) => !assessments.some((item) => item.assessor.id === viewer?.id && item.theme.id === theme.id));
  const interviewHeld = checkPortfolioInterviewHeld(portfolioCase.interviewStartsAt ? new Date(portfolioCase.interviewStartsAt) : null, new Date()).ok;
  // Themes still without an outcome; the form is there until this assessor proposed one for each.
  const toDecide = portfolioCase.themes.filter((item) => item.outcome === null).map((item) => item.theme);
  const proposedByMe = toDecide.every((theme) => proposals.some((item) => item.assessor.id === viewer?.id && item.theme.id === theme.id));

  return (
    <>
      {back}
      <Typography variant="h1" sx={{ mt: 2 }} gutterBottom>
        {t('portfolio.assessor.caseTitle', { leader: portfolioCase.leader.displayName })}
      </Typography>
      <Box sx={{ mb: 4 }}>
        <PortfolioFacts portfolioCase={portfolioCase} />
      </Box>
      <PortfolioSection id="timeline-heading" title={t('portfolio.timeline.title')}>
        <PortfolioTimeline
          state={state}
          submittedOn={portfolioCase.submittedOn}
          interviewStartsAt={portfolioCase.interviewStartsAt}
          interviewLocation={portfolioCase.interviewLocation}
        />
      </PortfolioSection>
      <PortfolioSection id="documents-heading" title={t('portfolio.case.documentsTitle')}>
        {portfolioCase.themes.map(({ theme, documents }) => (
          <Box key={theme.id} sx={{ mb: 2 }}>
            <Typography variant="h3" sx={{ fontSize: '1.05rem', mb: 0.5 }}>
              {t('portfolio.case.themeDocuments', { theme: `${theme.code}. ${theme.name}` })}
            </Typography>
            <DocumentList documents={documents} />
          </Box>
        ))}
      </PortfolioSection>
      {state === 'SUBMITTED' && portfolioCase.assessors.length === 0 && (
        <PortfolioSection id="assign-heading" title={t('portfolio.assessor.assign.title')}>
          <AssignAssessorsForm caseId={portfolioCase.id} version={portfolioCase.version} onAssigned={reload} onReload={() => void reload()} />
        </PortfolioSection>
      )}
      {portfolioCase.assessors.length > 0 && (
        <PortfolioSection id="assessments-heading" title={t('portfolio.assessor.assessmentsTitle')}>
          <RecordedList
            testId="recorded-assessments"
            items={assessments.map((item) => ({
              key: item.id,
              text: t('portfolio.assessor.checklist.recorded', {
                assessor: item.assessor.displayName,
                theme: nameOf(item.theme),
                verdict: item.sufficient ? t('portfolio.assessor.checklist.sufficient') : t('portfolio.assessor.checklist.insufficient'),
              }),
            }))}
          />
          {state === 'SUBMITTED' && <Typography sx={{ my: 1 }}>{t('portfolio.assessor.checklist.waiting')}</Typography>}
          {state === 'SUBMITTED' &&
            onCase &&
            toAssess.map((theme) => (
              <Box key={theme.id} sx={{ mt: 3 }}>
                <ChecklistForm caseId={portfolioCase.id} theme={theme} onRecorded={reload} />
              </Box>
            ))}
        </PortfolioSection>
      )}
      {(state === 'SUFFICIENT' || (state === 'INTERVIEW_PLANNED' && !interviewHeld)) && onCase && (
        <PortfolioSection id="interview-heading" title={t(state === 'SUFFICIENT' ? 'portfolio.assessor.interview.title' : 'portfolio.assessor.interview.moveTitle')}>
          <InterviewForm
            caseId={portfolioCase.id}
            version={portfolioCase.version}
            themeCount={themes.length}
            rescheduling={state === 'INTERVIEW_PLANNED'}
            onPlanned={reload}
            onReload={() => void reload()}
          />
        </PortfolioSection>
      )}
      {(state === 'INTERVIEW_PLANNED' || proposals.length > 0) && (
        <PortfolioSection id="outcome-heading" title={t('portfolio.assessor.outcome.title')}>
          {state === 'INTERVIEW_PLANNED' && <Typography sx={{ mb: 1, maxWidth: '70ch' }}>{t('portfolio.assessor.outcome.intro')}</Typography>}
          <RecordedList
            testId="outcome-proposals"
            items={proposals.map((item) => ({
              key: `${item.assessor.id}-${item.theme.id}`,
              text: t('portfolio.assessor.outcome.recorded', {
                assessor: item.assessor.displayName,
                theme: nameOf(item.theme),
                verdict: item.validated ? t('portfolio.assessor.outcome.validatedLower') : t('portfolio.assessor.outcome.notValidatedLower'),
              }),
            }))}
          />
          {state === 'INTERVIEW_PLANNED' && !interviewHeld && <Typography sx={{ maxWidth: '70ch' }}>{t('portfolio.assessor.outcome.afterInterview')}</Typography>}
          {state === 'INTERVIEW_PLANNED' && interviewHeld && onCase && !proposedByMe && <OutcomeForm caseId={portfolioCase.id} themes={toDecide} onRecorded={reload} />}
        </PortfolioSection>
      )}
      {(state === 'VALIDATED' || state === 'NOT_VALIDATED') && (
        <PortfolioSection id="result-heading" title={t('portfolio.outcome.title')}>
          <ThemeOutcomes themes={portfolioCase.themes} />
        </PortfolioSection>
      )}
      <PortfolioSection id="fees-heading" title={t('portfolio.fees.title')}>
        <FeeLines portfolioCase={portfolioCase} action={<MarkPaidButton portfolioCase={portfolioCase} onReload={() => void reload()} />} />
      </PortfolioSection>
    </>
  );
}
