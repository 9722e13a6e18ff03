import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { DocumentList } from '../applications/DocumentList';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { VisuallyHidden } from '../forms/VisuallyHidden';
import type { PortfolioCaseFieldsFragment } from '../gql/graphql';
import { EvidenceUpload } from '../leader/EvidenceUpload';
import { uploadPortfolioDocument } from '../leader/uploadEvidence';
import { ObjectionButton } from '../objections/ObjectionButton';
import { ObjectionLines } from '../objections/ObjectionLines';
import { staleLists } from '../paging/staleLists';
import { paths } from '../routes';
import { FeeLines } from './FeeLines';
import { PortfolioCaseQuery, RemovePortfolioDocumentMutation, ResubmitPortfolioCaseMutation, SubmitPortfolioCaseMutation } from './graphql';
import { PortfolioFacts } from './PortfolioFacts';
import { PortfolioSection } from './PortfolioSection';
import { PortfolioTimeline } from './PortfolioTimeline';
import { ThemeOutcomes } from './ThemeOutcomes';
import { usePortfolioLabels } from './usePortfolioLabels';
import { CaseUnavailable } from './CaseUnavailable';

/** Adding documents, then submitting (or once resubmitting after "onvoldoende"). */
function PortfolioDocuments({ portfolioCase, onChanged }: { portfolioCase: PortfolioCaseFieldsFragment; onChanged(): Promise<unknown> }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<'submitted' | 'resubmitted' | null>(null);
  const [submit, submitting] = useMutation(SubmitPortfolioCaseMutation, { update: staleLists('myPortfolioCases') });
  const [resubmit, resubmitting] = useMutation(ResubmitPortfolioCaseMutation, { update: staleLists('myPortfolioCases') });
  const [remove, removing] = useMutation(RemovePortfolioDocumentMutation);
  const editable = portfolioCase.state === 'DRAFT' || portfolioCase.canResubmit;
  const complete = portfolioCase.themes.every((item) => item.documents.length > 0);
  const variables = { id: portfolioCase.id, version: portfolioCase.version };

  async function send() {
    try {
      if (portfolioCase.state === 'DRAFT') {
        await submit({ variables });
        setDone('submitted');
      } else {
        await resubmit({ variables });
        setDone('resubmitted');
      }
    } catch {
      // shown below
    }
  }

  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      {portfolioCase.state === 'INSUFFICIENT' && (
        <Alert severity={editable ? 'warning' : 'info'}>{editable ? t('portfolio.case.resubmitHint') : t('portfolio.case.noResubmission')}</Alert>
      )}
      {portfolioCase.themes.map(({ theme, documents }) => {
        const name = `${theme.code}. ${theme.name}`;
        return (
          <Box key={theme.id} component="section" aria-labelledby={`documents-${theme.id}`} data-testid="portfolio-theme">
            <Typography id={`documents-${theme.id}`} variant="h3" sx={{ fontSize: '1.1rem', mb: 1 }}>
              {t('portfolio.case.themeDocuments', { theme: name })}
            </Typography>
            {editable ? (
              <EvidenceUpload
                documents={documents}
                idPrefix={`portfolio-${theme.id}`}
                label={t('portfolio.case.documentLabel', { theme: name })}
                send={(file) => uploadPortfolioDocument(portfolioCase.id, theme.id, file)}
                onUploaded={onChanged}
                documentAction={(document) => (
                  <Button size="small" onClick={() => void remove({ variables: { caseId: portfolioCase.id, documentId: document.id } }).catch(() => undefined)}>
                    {t('portfolio.case.removeDocument')}
                    <VisuallyHidden>{` ${document.fileName}`}</VisuallyHidden>
                  </Button>
                )}
              />
            ) : (
              <DocumentList documents={documents} />
            )}
          </Box>
        );
      })}
      {done && (
        <Alert severity="success" role="status">
          {t(`portfolio.case.${done}`)}
        </Alert>
      )}
      <ApiErrorAlert error={submitting.error ?? resubmitting.error ?? removing.error} fallback={t('common.saveFailed')} onReload={() => void onChanged()} />
      {editable && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
          <Button variant="contained" onClick={() => void send()} loading={submitting.loading || resubmitting.loading} disabled={!complete} aria-describedby={complete ? undefined : 'submit-needs-documents'}>
            {portfolioCase.state === 'DRAFT' ? t('portfolio.case.submit') : t('portfolio.case.resubmit')}
          </Button>
          {!complete && <Typography id="submit-needs-documents">{t('portfolio.case.submitNeedsDocuments')}</Typography>}
        </Box>
      )}
    </Box>
  );
}

/** The assessors' written feedback per theme (after "onvoldoende"). */
function AssessorFeedback({ portfolioCase }: { portfolioCase: PortfolioCaseFieldsFragment }) {
  const { t } = useTranslation();
  const withFeedback = portfolioCase.themes.flatMap(({ theme, assessments }) =>
    assessments.filter((assessment) => assessment.feedback).map((assessment) => ({ ...assessment, theme: `${theme.code}. ${theme.name}` })),
  );
  if (withFeedback.length === 0) return <Typography>{t('portfolio.case.noFeedback')}</Typography>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 1.5, maxWidth: '70ch' }} data-testid="assessor-feedback">
      {withFeedback.map((assessment) => (
        <li key={assessment.id}>
          <Typography sx={{ fontWeight: 600 }}>{t('portfolio.case.feedbackBy', { assessor: assessment.assessor.displayName, theme: assessment.theme, round: assessment.round })}</Typography>
          <Typography sx={{ whiteSpace: 'pre-line' }}>{assessment.feedback}</Typography>
        </li>
      ))}
    </Box>
  );
}

/** A standing decision (an insufficient assessment, or the outcome): its date, objections so far and "Bezwaar maken". */
function DecisionObjection({ portfolioCase, decidedOn }: { portfolioCase: PortfolioCaseFieldsFragment; decidedOn: string }) {
  const { t } = useTranslation();
  const labels = usePortfolioLabels();
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 1, justifyItems: 'start' }}>
      <Typography>{t('portfolio.case.decidedOn', { date: labels.date(decidedOn) })}</Typography>
      <ObjectionLines objections={portfolioCase.objections} />
      <ObjectionButton
        decisionKind="PORTFOLIO_OUTCOME"
        decisionId={portfolioCase.id}
        decidedOn={decidedOn}
        objections={portfolioCase.objections}
        staleLists={['portfolioCase', 'myPortfolioCases']}
      />
    </Box>
  );
}

/** `/mijn-registratie/portfolio/:id`: the leader's case: its progress, documents, feedback, outcome and fees. */
export function PortfolioCasePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('portfolio.case.documentTitle') }));
  const { id = '' } = useParams();
  const labels = usePortfolioLabels();
  const { data, error, refetch } = useQuery(PortfolioCaseQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });

  const back = (
    <Link component={RouterLink} to={paths.leader}>
      {t('portfolio.leader.back')}
    </Link>
  );
  if (error && !data) return <CaseUnavailable back={back} error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingIndicator />;
  const portfolioCase = data.portfolioCase;
  const decided = portfolioCase.state === 'VALIDATED' || portfolioCase.state === 'NOT_VALIDATED';

  return (
    <>
      {back}
      <Typography variant="h1" sx={{ mt: 2 }} gutterBottom>
        {t('portfolio.case.title', { themes: labels.themes(portfolioCase.themes.map((item) => item.theme)) })}
      </Typography>
      <Box sx={{ mb: 4 }}>
        <PortfolioFacts portfolioCase={portfolioCase} />
      </Box>
      <PortfolioSection id="timeline-heading" title={t('portfolio.timeline.title')}>
        <PortfolioTimeline
          state={portfolioCase.state}
          submittedOn={portfolioCase.submittedOn}
          interviewStartsAt={portfolioCase.interviewStartsAt}
          interviewLocation={portfolioCase.interviewLocation}
        />
      </PortfolioSection>
      {decided && (
        <PortfolioSection id="outcome-heading" title={t('portfolio.outcome.title')}>
          <ThemeOutcomes themes={portfolioCase.themes} />
          {portfolioCase.decidedOn && <DecisionObjection portfolioCase={portfolioCase} decidedOn={portfolioCase.decidedOn} />}
        </PortfolioSection>
      )}
      <PortfolioSection id="documents-heading" title={t('portfolio.case.documentsTitle')}>
        <PortfolioDocuments portfolioCase={portfolioCase} onChanged={() => refetch()} />
      </PortfolioSection>
      {portfolioCase.state !== 'DRAFT' && (
        <PortfolioSection id="feedback-heading" title={t('portfolio.case.feedbackTitle')}>
          <AssessorFeedback portfolioCase={portfolioCase} />
          {portfolioCase.state === 'INSUFFICIENT' && portfolioCase.assessedOn && <DecisionObjection portfolioCase={portfolioCase} decidedOn={portfolioCase.assessedOn} />}
        </PortfolioSection>
      )}
      <PortfolioSection id="fees-heading" title={t('portfolio.fees.title')}>
        <FeeLines portfolioCase={portfolioCase} />
        {portfolioCase.feeOutstandingCents > 0 && <Typography sx={{ mt: 1 }}>{t('portfolio.fees.byTransfer')}</Typography>}
      </PortfolioSection>
    </>
  );
}
