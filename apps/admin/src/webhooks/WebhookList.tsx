import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardNav } from '../board/BoardNav';
import type { WebhookSubscriptionFieldsFragment } from '../gql/graphql';
import { DeleteWebhookDialog } from './DeleteWebhookDialog';
import { WebhookSubscriptionsQuery } from './graphql';
import { RotateWebhookSecretDialog } from './RotateWebhookSecretDialog';
import { WebhookCard } from './WebhookCard';
import { WebhookFormDialog } from './WebhookFormDialog';

/** The public register's API page, where receiving and checking the messages is explained. */
function apiDocsUrl(): string {
  return `${(import.meta.env.VITE_REGISTER_URL ?? '/').replace(/\/$/, '')}/api#webhooks`;
}

type Open =
  | { dialog: 'form'; subscription: WebhookSubscriptionFieldsFragment | null }
  | { dialog: 'rotate' | 'delete'; subscription: WebhookSubscriptionFieldsFragment }
  | null;

/**
 * `/bestuur/webhooks`: the board's subscriptions to its leaders' status changes; add one (its secret
 * shown once), edit, make a new secret, send a test message, enable again, delete, and each one's messages.
 */
export function WebhookList() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('webhooks.title') }));
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(WebhookSubscriptionsQuery, { fetchPolicy: 'cache-and-network' });
  const subscriptions = data?.webhookSubscriptions;

  async function reload(): Promise<readonly WebhookSubscriptionFieldsFragment[]> {
    const { data: fresh } = await refetch();
    return fresh?.webhookSubscriptions ?? [];
  }

  function finish(message: string) {
    setOpen(null);
    setDone(message);
    void refetch();
  }

  let content;
  if (error && !subscriptions) content = <ErrorMessage message={t('webhooks.loadError')} onRetry={() => void refetch()} />;
  else if (!subscriptions) content = <LoadingIndicator />;
  else if (subscriptions.length === 0) content = <Typography>{t('webhooks.none')}</Typography>;
  else {
    content = (
      <>
        <Typography sx={{ mb: 1 }} data-testid="webhook-count">
          {t('webhooks.count', { count: subscriptions.length })}
        </Typography>
        <Box component="ul" sx={{ m: 0, p: 0 }} aria-label={t('webhooks.listLabel')}>
          {subscriptions.map((subscription) => (
            <WebhookCard
              key={subscription.id}
              subscription={subscription}
              onEdit={() => setOpen({ dialog: 'form', subscription })}
              onRotate={() => setOpen({ dialog: 'rotate', subscription })}
              onDelete={() => setOpen({ dialog: 'delete', subscription })}
              onDone={finish}
              onReload={() => void refetch()}
            />
          ))}
        </Box>
      </>
    );
  }

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('workspaces.BOARD.title')}
      </Typography>
      <BoardNav />
      <Typography variant="h2" sx={{ fontSize: '1.5rem', mb: 1 }}>
        {t('webhooks.title')}
      </Typography>
      <Typography sx={{ mb: 1, maxWidth: '70ch' }}>{t('webhooks.intro')}</Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>
        <Link href={apiDocsUrl()}>{t('webhooks.docsLink')}</Link>
      </Typography>
      <Button
        variant="contained"
        sx={{ mb: 2 }}
        onClick={() => {
          setDone(null);
          setOpen({ dialog: 'form', subscription: null });
        }}
      >
        {t('webhooks.add')}
      </Button>
      <Box role="status" sx={{ mb: done ? 2 : 0 }}>
        {done && <Alert severity="success">{done}</Alert>}
      </Box>
      {content}
      {open?.dialog === 'form' && (
        <WebhookFormDialog
          subscription={open.subscription}
          onReload={reload}
          onClose={(result) => {
            if (!result) return setOpen(null);
            const { url } = result.subscription;
            finish(result.kind === 'created' ? t('webhooks.done.created', { url }) : t('webhooks.done.updated', { url }));
          }}
        />
      )}
      {open?.dialog === 'rotate' && (
        <RotateWebhookSecretDialog
          subscription={open.subscription}
          onClose={(rotated) => (rotated ? finish(t('webhooks.done.rotated', { url: open.subscription.url })) : setOpen(null))}
        />
      )}
      {open?.dialog === 'delete' && (
        <DeleteWebhookDialog
          subscription={open.subscription}
          onClose={(deleted) => (deleted ? finish(t('webhooks.done.deleted', { url: open.subscription.url })) : setOpen(null))}
        />
      )}
    </>
  );
}
