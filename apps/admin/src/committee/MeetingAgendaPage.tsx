import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, useDocumentTitle, useLoadMore } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { paths } from '../routes';
import { AgendaItem } from './AgendaItem';
import { EMPTY_DRAFT, isFilledIn, toDecisionInput, type DecisionDraft } from './decisionDraft';
import { CommitteeMeetingAgendaQuery, DecideAgendaMutation } from './graphql';

/** Applications per page of the agenda ("Meer laden" shows the next). */
export const AGENDA_PAGE_SIZE = 50;

/** `/commissie/vergaderingen/:id`: the agenda, a decision form per open application, and deciding all at once. */
export function MeetingAgendaPage() {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const { id = '' } = useParams();
  const { data, error, refetch, fetchMore } = useQuery(CommitteeMeetingAgendaQuery, { variables: { id, first: AGENDA_PAGE_SIZE } });
  const [drafts, setDrafts] = useState<Readonly<Record<string, DecisionDraft>>>({});
  const [decided, setDecided] = useState<number | null>(null);
  const [decideAgenda, batch] = useMutation(DecideAgendaMutation);
  const meeting = data?.committeeMeeting;
  const applications = meeting?.agenda.nodes ?? [];
  const more = useLoadMore(meeting?.agenda.pageInfo.endCursor, applications.length, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) =>
        previous.committeeMeeting && fetchMoreResult.committeeMeeting
          ? {
              ...fetchMoreResult,
              committeeMeeting: {
                ...fetchMoreResult.committeeMeeting,
                agenda: {
                  ...fetchMoreResult.committeeMeeting.agenda,
                  nodes: [...previous.committeeMeeting.agenda.nodes, ...fetchMoreResult.committeeMeeting.agenda.nodes],
                },
              },
            }
          : fetchMoreResult,
    }),
  );
  const title = meeting ? t('committee.agenda.title', { date: labels.date(meeting.meetingDate) }) : t('committee.agenda.heading');
  useDocumentTitle(t('workspaces.documentTitle', { name: title }));

  const reload = () => void refetch();
  const draftOf = (applicationId: string) => drafts[applicationId] ?? EMPTY_DRAFT;
  const filled = applications.filter((application) => !application.decision && isFilledIn(draftOf(application.id)));

  async function decideAll() {
    if (!meeting || filled.length === 0) return;
    setDecided(null);
    try {
      const { data: result } = await decideAgenda({
        variables: { meetingId: meeting.id, decisions: filled.map((application) => toDecisionInput(application, draftOf(application.id))) },
      });
      setDecided(result?.decideAgenda.length ?? 0);
      setDrafts({});
      await refetch();
    } catch {
      // shown below
    }
  }

  let content;
  if (meeting) {
    content = (
      <>
        {meeting.location && <Typography sx={{ mb: 2 }}>{t('committee.agenda.location', { location: meeting.location })}</Typography>}
        {applications.length === 0 ? (
          <Typography>{t('committee.agenda.empty')}</Typography>
        ) : (
          <Box sx={{ display: 'grid', gap: 3 }}>
            {applications.map((application) => (
              <AgendaItem
                key={application.id}
                application={application}
                draft={draftOf(application.id)}
                onChange={(draft) => setDrafts((current) => ({ ...current, [application.id]: draft }))}
                onReload={reload}
              />
            ))}
          </Box>
        )}
        <LoadMoreButton hasNextPage={meeting.agenda.pageInfo.hasNextPage} loadingMore={more.loadingMore} moreError={more.moreError} onLoadMore={() => void more.loadMore()} />
        <Box component="section" aria-labelledby="decide-all" sx={{ mt: 4, p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <Typography id="decide-all" variant="h2" sx={{ fontSize: '1.3rem', mb: 1 }}>
            {t('committee.agenda.decideAll')}
          </Typography>
          <Typography sx={{ mb: 2 }}>{t('committee.agenda.decideAllIntro', { filled: filled.length })}</Typography>
          <ApiErrorAlert
            error={batch.error}
            fallback={t('common.saveFailed')}
            onReload={() => {
              batch.reset();
              reload();
            }}
          />
          {decided !== null && (
            <Alert severity="success" role="status" sx={{ mb: 2 }}>
              {t('committee.agenda.decidedAll', { count: decided })}
            </Alert>
          )}
          <Button variant="contained" onClick={() => void decideAll()} loading={batch.loading} disabled={filled.length === 0}>
            {t('committee.agenda.decideAll')}
          </Button>
        </Box>
      </>
    );
  } else if (data) content = <Typography>{t('committee.agenda.notFound')}</Typography>;
  else if (error) content = <ErrorMessage message={t('committee.agenda.loadError')} onRetry={reload} />;
  else content = <LoadingIndicator />;

  return (
    <>
      <Typography sx={{ mb: 1 }}>
        <Link component={RouterLink} to={paths.committee}>
          {t('committee.agenda.back')}
        </Link>
      </Typography>
      <Typography variant="h1" gutterBottom>
        {title}
      </Typography>
      {content}
    </>
  );
}
