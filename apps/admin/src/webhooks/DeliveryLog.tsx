import { useMutation, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, useLoadMore } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FactList, type Fact } from '../applications/FactList';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import type { WebhookDeliveryFieldsFragment } from '../gql/graphql';
import { ReplayWebhookDeliveryMutation, WebhookDeliveriesQuery } from './graphql';
import { useWebhookLabels } from './useWebhookLabels';

export const DELIVERIES_PAGE_SIZE = 20;

export interface DeliveryLogProps {
  subscriptionId: string;
  /** After a delivery was sent again: the page says so. */
  onReplayed(delivery: WebhookDeliveryFieldsFragment): void;
}

/** One subscription's deliveries, newest first, a page at a time; a delivery can be sent again ("Opnieuw versturen"). */
export function DeliveryLog({ subscriptionId, onReplayed }: DeliveryLogProps) {
  const { t } = useTranslation();
  const labels = useWebhookLabels();
  const { data, error, refetch, fetchMore } = useQuery(WebhookDeliveriesQuery, {
    variables: { id: subscriptionId, first: DELIVERIES_PAGE_SIZE, after: null },
    fetchPolicy: 'cache-and-network',
  });
  const [replay, replaying] = useMutation(ReplayWebhookDeliveryMutation);
  const [replayingId, setReplayingId] = useState<string | null>(null);
  const connection = data?.webhookSubscription?.deliveries;
  const more = useLoadMore(connection?.pageInfo.endCursor, connection?.edges.length ?? 0, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => {
        const [before, next] = [previous.webhookSubscription, fetchMoreResult.webhookSubscription];
        if (!before || !next) return fetchMoreResult;
        return { ...fetchMoreResult, webhookSubscription: { ...next, deliveries: { ...next.deliveries, edges: [...before.deliveries.edges, ...next.deliveries.edges] } } };
      },
    }),
  );

  async function sendAgain(delivery: WebhookDeliveryFieldsFragment) {
    setReplayingId(delivery.id);
    try {
      const { data: replayed } = await replay({ variables: { id: delivery.id } });
      if (replayed) onReplayed(replayed.replayWebhookDelivery);
      await refetch();
    } catch {
      // shown above the list
    } finally {
      setReplayingId(null);
    }
  }

  if (error && !connection) return <ErrorMessage message={t('webhooks.deliveries.loadError')} onRetry={() => void refetch()} />;
  if (!connection) return <LoadingIndicator />;
  if (connection.edges.length === 0) return <Typography>{t('webhooks.deliveries.none')}</Typography>;
  const shown = connection.edges.length;
  return (
    <>
      <Typography sx={{ mb: 1 }} data-testid="webhook-delivery-count">
        {shown < connection.totalCount
          ? t('webhooks.deliveries.countPartial', { count: connection.totalCount, shown })
          : t('webhooks.deliveries.count', { count: connection.totalCount })}
      </Typography>
      <ApiErrorAlert error={replaying.error} fallback={t('webhooks.actionFailed')} />
      <Box component="ol" sx={{ m: 0, p: 0 }} aria-label={t('webhooks.deliveries.title')}>
        {connection.edges.map(({ node }, index) => {
          const headingId = `webhook-delivery-${node.id}`;
          const facts: Fact[] = [
            { term: t('webhooks.deliveries.occurredOn'), value: labels.date(node.occurredOn) },
            { term: t('webhooks.deliveries.status'), value: labels.deliveryStatus(node.status) },
            { term: t('webhooks.deliveries.attempts'), value: labels.attempts(node.attempts) },
            { term: t('webhooks.deliveries.lastAttemptAt'), value: node.lastAttemptAt ? labels.moment(node.lastAttemptAt) : null },
            { term: t('webhooks.deliveries.response'), value: node.attempts > 0 ? labels.response(node) : null },
            { term: t('webhooks.deliveries.nextAttemptAt'), value: node.nextAttemptAt ? labels.moment(node.nextAttemptAt) : null },
          ];
          return (
            <Paper
              component="li"
              variant="outlined"
              key={node.id}
              data-testid="webhook-delivery"
              data-status={node.status}
              tabIndex={index === more.focusIndex ? -1 : undefined}
              ref={(element: HTMLLIElement | null) => {
                if (element && index === more.focusIndex) element.focus();
              }}
              sx={{ p: 1.5, mb: 1, listStyle: 'none' }}
            >
              <Typography id={headingId} component="h4" sx={{ fontWeight: 600, mb: 0.5, overflowWrap: 'anywhere' }}>
                {node.test ? t('webhooks.deliveries.testHeading') : t('webhooks.deliveries.heading', { event: labels.event(node.event), registerNumber: node.registerNumber })}
              </Typography>
              <FactList facts={facts} />
              {node.status !== 'PENDING' && (
                <Button
                  size="small"
                  variant="outlined"
                  sx={{ mt: 1 }}
                  aria-describedby={headingId}
                  loading={replayingId === node.id}
                  onClick={() => void sendAgain(node)}
                >
                  {t('webhooks.deliveries.replay')}
                </Button>
              )}
            </Paper>
          );
        })}
      </Box>
      <LoadMoreButton {...more} hasNextPage={connection.pageInfo.hasNextPage} onLoadMore={() => void more.loadMore()} label={t('webhooks.deliveries.more')} />
    </>
  );
}
