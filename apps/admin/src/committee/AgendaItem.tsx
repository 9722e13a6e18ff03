import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { APPLICATION_TRANSITIONS } from '@srpo/domain';
import { useTranslation } from 'react-i18next';
import { ApplicationFacts } from '../applications/ApplicationFacts';
import { DecisionSummary } from '../applications/DecisionSummary';
import { DocumentList } from '../applications/DocumentList';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { EvidenceChecklist, VerdictSummary } from '../applications/ApplicationChecks';
import type { ApplicationCheckFieldsFragment, ApplicationFieldsFragment } from '../gql/graphql';
import type { DecisionDraft } from './decisionDraft';
import { DecisionForm } from './DecisionForm';

export interface AgendaItemProps {
  application: ApplicationFieldsFragment & Partial<ApplicationCheckFieldsFragment>;
  draft: DecisionDraft;
  onChange(draft: DecisionDraft): void;
  onReload(): void;
}

/** One application on the agenda: summary, documents and the decision (taken, or the form to take it). */
export function AgendaItem({ application, draft, onChange, onReload }: AgendaItemProps) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const headingId = `agenda-${application.id}`;
  return (
    <Card variant="outlined" component="article" aria-labelledby={headingId} data-testid="agenda-item">
      <CardContent>
        <Typography id={headingId} variant="h2" sx={{ fontSize: '1.3rem', mb: 2 }}>
          {t('committee.agenda.itemTitle', { name: application.leader.displayName, kind: labels.kind(application.kind) })}
        </Typography>
        <ApplicationFacts application={application} />
        <Typography variant="h3" sx={{ fontSize: '1.1rem', mt: 3, mb: 1 }}>
          {t('application.documents.title')}
        </Typography>
        <DocumentList documents={application.documents} />
        {application.evidence && (
          <Box sx={{ mt: 2 }}>
            <EvidenceChecklist evidence={application.evidence} />
          </Box>
        )}
        {application.verdict && <VerdictSummary verdict={application.verdict} />}
        <Box sx={{ mt: 3 }}>
          <Typography variant="h3" sx={{ fontSize: '1.1rem', mb: 1 }}>
            {t('decision.title')}
          </Typography>
          {application.decision ? (
            <DecisionSummary decision={application.decision} />
          ) : APPLICATION_TRANSITIONS[application.status].APPROVE ? (
            <DecisionForm application={application} draft={draft} onChange={onChange} onReload={onReload} />
          ) : (
            <Typography>{t('committee.agenda.notDecidable', { status: labels.status(application.status) })}</Typography>
          )}
        </Box>
      </CardContent>
    </Card>
  );
}
