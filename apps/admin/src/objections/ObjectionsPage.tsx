import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, useConnectionLoadMore, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { CommitteeNav } from '../committee/CommitteeNav';
import type { ObjectionDecisionKind } from '../gql/graphql';
import { DecideObjectionDialog, type OpenObjection } from './DecideObjectionDialog';
import { OpenObjectionCountsQuery, OpenObjectionsQuery } from './graphql';
import { outcomeLabel } from './labels';

function ObjectionItem({ objection, onDecide }: { objection: OpenObjection; onDecide(): void }) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const decision = objection.decision;
  const headingId = `objection-${objection.id}-title`;
  return (
    <Card variant="outlined" component="article" aria-labelledby={headingId} data-testid="open-objection">
      <CardContent>
        <Typography id={headingId} variant="h2" sx={{ fontSize: '1.15rem', mb: 1 }}>
          {t('objections.screen.itemTitle', { kind: t(`objections.kind.${objection.decisionKind}`), party: decision?.partyName ?? '' })}
        </Typography>
        {decision?.decidedOn && (
          <Typography>{t('objections.screen.decision', { date: labels.date(decision.decidedOn), outcome: outcomeLabel(t, decision.outcome) })}</Typography>
        )}
        {decision?.offeringTitle && <Typography>{t('objections.screen.offering', { title: decision.offeringTitle })}</Typography>}
        <Typography>{t('objections.screen.filedOn', { date: labels.date(objection.filedOn) })}</Typography>
        <Typography sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere', my: 1 }}>{objection.grounds}</Typography>
        <Button variant="contained" onClick={onDecide}>
          {t('objections.screen.decide')}
        </Button>
      </CardContent>
    </Card>
  );
}

/** `/commissie/bezwaren`: objections against decisions of every kind that the committee still has to decide, with counts per kind. */
export function ObjectionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('objections.screen.title') }));
  const [kind, setKind] = useState<ObjectionDecisionKind | 'ALL'>('ALL');
  const [deciding, setDeciding] = useState<OpenObjection | null>(null);
  const [decided, setDecided] = useState<string | null>(null);
  const counts = useQuery(OpenObjectionCountsQuery, { fetchPolicy: 'cache-and-network' });
  const { data, error, refetch, fetchMore } = useQuery(OpenObjectionsQuery, {
    variables: { decisionKind: kind === 'ALL' ? null : [kind] },
    fetchPolicy: 'cache-and-network',
  });
  const more = useConnectionLoadMore(data, 'objections', fetchMore);
  const perKind = counts.data?.openObjectionCounts ?? [];
  const total = perKind.reduce((sum, item) => sum + item.count, 0);

  let content;
  if (error && !data) content = <ErrorMessage message={t('objections.screen.loadError')} onRetry={() => void refetch()} />;
  else if (!data) content = <LoadingIndicator />;
  else if (data.objections.edges.length === 0) content = <Typography>{t('objections.screen.none')}</Typography>;
  else
    content = (
      <Box sx={{ display: 'grid', gap: 2 }}>
        {data.objections.edges.map(({ node }) => (
          <ObjectionItem key={node.id} objection={node} onDecide={() => setDeciding(node)} />
        ))}
        <LoadMoreButton {...more} />
      </Box>
    );

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('workspaces.COMMITTEE.title')}
      </Typography>
      <CommitteeNav />
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('objections.screen.intro')}</Typography>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={kind}
        onChange={(_, value: ObjectionDecisionKind | 'ALL' | null) => value && setKind(value)}
        aria-label={t('objections.screen.filter')}
        // The unselected buttons' default grey fails the contrast ratio (axe).
        sx={{ flexWrap: 'wrap', mb: 2, '& .MuiToggleButton-root': { color: 'text.primary' } }}
      >
        <ToggleButton value="ALL">
          {t('objections.screen.all')} ({total})
        </ToggleButton>
        {perKind.map((item) => (
          <ToggleButton key={item.decisionKind} value={item.decisionKind}>
            {t(`objections.kind.${item.decisionKind}`)} ({item.count})
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Typography role="status" sx={{ mb: 2 }} data-testid="open-objection-count">
        {t('objections.screen.count', { count: kind === 'ALL' ? total : (perKind.find((item) => item.decisionKind === kind)?.count ?? 0) })}
      </Typography>
      {decided && (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {decided}
        </Alert>
      )}
      {content}
      {deciding && (
        <DecideObjectionDialog
          objection={deciding}
          open
          onClose={() => setDeciding(null)}
          onReload={() => void refetch()}
          onDecided={(status) =>
            setDecided(t('objections.screen.decided', { party: deciding.decision?.partyName ?? '', status: t(`objections.decide.status.${status}`) }))
          }
        />
      )}
    </>
  );
}
