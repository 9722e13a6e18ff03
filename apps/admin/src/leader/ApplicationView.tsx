import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApplicationFacts } from '../applications/ApplicationFacts';
import { DecisionSummary } from '../applications/DecisionSummary';
import { DocumentList } from '../applications/DocumentList';
import { LetterList } from '../letters/LetterList';
import type { ApplicationFieldsFragment } from '../gql/graphql';
import { MyRelatedLettersQuery } from './graphql';
import { ObjectionButton } from '../objections/ObjectionButton';

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mt: 4 }}>
      <Typography id={id} variant="h2" sx={{ fontSize: '1.3rem', mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** The letters about this application: its decision and the objections against it. */
function ApplicationLetters({ application }: { application: ApplicationFieldsFragment }) {
  const { t } = useTranslation();
  const { data } = useQuery(MyRelatedLettersQuery, { fetchPolicy: 'cache-and-network' });
  if (!data) return null;
  const decision = application.decision;
  const related = new Set([application.id, ...(decision ? [decision.id, ...decision.objections.map((objection) => objection.id)] : [])]);
  const letters = data.myLetters.edges.map(({ node }) => node).filter((letter) => letter.relatedId && related.has(letter.relatedId));
  if (letters.length === 0) return <Typography>{t('leaderWorkspace.view.noLetters')}</Typography>;
  return (
    <LetterList letters={letters} testId="application-letters" />
  );
}

/** A submitted or decided application, read-only: what was asked, its status, decision, documents and letters, and "Bezwaar maken" while that is open. */
export function ApplicationView({ application }: { application: ApplicationFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Box data-testid="application-view">
      <ApplicationFacts application={application} showLeader={false} />
      {application.decision && (
        <Part id="decision-heading" title={t('leaderWorkspace.view.decision')}>
          <DecisionSummary decision={application.decision} />
          <Box sx={{ mt: 2 }}>
            <ObjectionButton
              decisionKind="APPLICATION"
              decisionId={application.decision.id}
              decidedOn={application.decision.decidedOn}
              objections={application.decision.objections}
              staleLists={['myApplications', 'application']}
            />
          </Box>
        </Part>
      )}
      <Part id="documents-heading" title={t('leaderWorkspace.view.documents')}>
        <DocumentList documents={application.documents} />
      </Part>
      <Part id="letters-heading" title={t('leaderWorkspace.view.letters')}>
        <ApplicationLetters application={application} />
      </Part>
    </Box>
  );
}
