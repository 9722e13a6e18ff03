import { useMutation } from '@apollo/client/react';
import Dialog from '@mui/material/Dialog';
import { useTranslation } from 'react-i18next';
import type { WebhookSubscriptionFieldsFragment } from '../gql/graphql';
import { ConfirmWebhookDialog } from './ConfirmWebhookDialog';
import { RotateWebhookSecretMutation } from './graphql';
import { WebhookSecret } from './WebhookSecret';

export interface RotateWebhookSecretDialogProps {
  subscription: WebhookSubscriptionFieldsFragment;
  onClose(rotated: boolean): void;
}

/** "Nieuw geheim maken?", then the new secret, shown this once. */
export function RotateWebhookSecretDialog({ subscription, onClose }: RotateWebhookSecretDialogProps) {
  const { t } = useTranslation();
  const [rotate, { data, loading, error }] = useMutation(RotateWebhookSecretMutation);
  const secret = data?.rotateWebhookSecret.secret;

  if (secret) {
    return (
      // While the secret is shown, only the explicit button closes: a stray click must not lose it.
      <Dialog open aria-labelledby="rotate-webhook-secret-title" fullWidth maxWidth="sm">
        <WebhookSecret titleId="rotate-webhook-secret-title" secret={secret} onDone={() => onClose(true)} />
      </Dialog>
    );
  }
  return (
    <ConfirmWebhookDialog
      id="rotate-webhook"
      title={t('webhooks.rotateDialog.title')}
      body={t('webhooks.rotateDialog.body', { url: subscription.url })}
      confirmLabel={t('webhooks.rotateDialog.confirm')}
      busy={loading}
      error={error}
      onConfirm={() => void rotate({ variables: { id: subscription.id } }).catch(() => undefined)}
      onClose={() => onClose(false)}
    />
  );
}
