import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FactList } from '../applications/FactList';
import { apiErrorOf } from '../auth/apiError';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import type { WebhookSubscriptionFieldsFragment } from '../gql/graphql';
import { ConflictAlert } from './ConflictAlert';
import { DeliveryLog } from './DeliveryLog';
import { EnableWebhookSubscriptionMutation, SendTestWebhookMutation } from './graphql';
import { useWebhookLabels } from './useWebhookLabels';

export interface WebhookCardProps {
  subscription: WebhookSubscriptionFieldsFragment;
  onEdit(): void;
  onRotate(): void;
  onDelete(): void;
  /** A change went through: the page says so. */
  onDone(message: string): void;
  /** Reloads the subscriptions (after a conflict). */
  onReload(): void;
}

/** One subscription: its address, events and state, what can be done with it, and its messages on request. */
export function WebhookCard({ subscription, onEdit, onRotate, onDelete, onDone, onReload }: WebhookCardProps) {
  const { t } = useTranslation();
  const labels = useWebhookLabels();
  const [showDeliveries, setShowDeliveries] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [sendTest, testing] = useMutation(SendTestWebhookMutation, { refetchQueries: ['WebhookDeliveries'] });
  const [enable, enabling] = useMutation(EnableWebhookSubscriptionMutation);
  const { id, url, active, disabledAt, disabledReason } = subscription;
  const headingId = `webhook-${id}`;
  const deliveriesId = `webhook-deliveries-${id}`;

  async function run(action: () => Promise<unknown>, message: string) {
    setFailure(null);
    try {
      await action();
      onDone(message);
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <Paper component="li" variant="outlined" data-testid="webhook" data-active={active} sx={{ p: 2, mb: 2, listStyle: 'none' }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography id={headingId} variant="h3" sx={{ fontSize: '1.15rem', overflowWrap: 'anywhere', minWidth: 0 }}>
          {url}
        </Typography>
        <Chip size="small" label={active ? t('webhooks.status.active') : t('webhooks.status.disabled')} color={active ? 'success' : 'warning'} variant={active ? 'filled' : 'outlined'} />
      </Box>
      <FactList
        facts={[
          { term: t('webhooks.fields.description'), value: subscription.description },
          { term: t('webhooks.fields.events'), value: labels.events(subscription.events) },
          { term: t('webhooks.fields.createdAt'), value: labels.moment(subscription.createdAt) },
          { term: t('webhooks.fields.disabled'), value: disabledAt ? labels.moment(disabledAt) : null },
          { term: t('webhooks.fields.disabledReason'), value: disabledReason },
        ]}
      />
      {apiErrorOf(failure)?.code === 'CONFLICT' ? (
        <ConflictAlert
          onReload={() => {
            setFailure(null);
            onReload();
          }}
        />
      ) : (
        <ApiErrorAlert error={failure} fallback={t('webhooks.actionFailed')} />
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 2 }}>
        {!active && (
          <Button
            variant="contained"
            loading={enabling.loading}
            onClick={() => void run(() => enable({ variables: { id, version: subscription.version } }), t('webhooks.done.enabled', { url }))}
          >
            {t('webhooks.actions.enable')}
          </Button>
        )}
        <Button variant="outlined" onClick={onEdit}>
          {t('webhooks.actions.edit')}
        </Button>
        <Button variant="outlined" loading={testing.loading} onClick={() => void run(() => sendTest({ variables: { id } }), t('webhooks.done.tested', { url }))}>
          {t('webhooks.actions.test')}
        </Button>
        <Button variant="outlined" onClick={onRotate}>
          {t('webhooks.actions.rotate')}
        </Button>
        <Button variant="outlined" color="error" onClick={onDelete}>
          {t('webhooks.actions.delete')}
        </Button>
      </Box>
      <Box sx={{ mt: 2 }}>
        <Button aria-expanded={showDeliveries} aria-controls={deliveriesId} onClick={() => setShowDeliveries((shown) => !shown)}>
          {showDeliveries ? t('webhooks.actions.hideDeliveries') : t('webhooks.actions.showDeliveries')}
        </Button>
        {showDeliveries && (
          <Box component="section" id={deliveriesId} aria-label={t('webhooks.deliveries.title')} sx={{ mt: 1 }}>
            <DeliveryLog subscriptionId={id} onReplayed={(delivery) => onDone(t('webhooks.done.replayed', { registerNumber: delivery.registerNumber }))} />
          </Box>
        )}
      </Box>
    </Paper>
  );
}
