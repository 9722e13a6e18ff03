import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { WebhookSubscriptionFieldsFragment } from '../gql/graphql';
import { ConfirmWebhookDialog } from './ConfirmWebhookDialog';
import { DeleteWebhookSubscriptionMutation } from './graphql';

export interface DeleteWebhookDialogProps {
  subscription: WebhookSubscriptionFieldsFragment;
  onClose(deleted: boolean): void;
}

/** "Webhook verwijderen?": deleting cannot be undone. */
export function DeleteWebhookDialog({ subscription, onClose }: DeleteWebhookDialogProps) {
  const { t } = useTranslation();
  const [remove, { loading, error }] = useMutation(DeleteWebhookSubscriptionMutation);

  async function confirm() {
    try {
      await remove({ variables: { id: subscription.id } });
      onClose(true);
    } catch {
      // shown in the dialog
    }
  }

  return (
    <ConfirmWebhookDialog
      id="delete-webhook"
      title={t('webhooks.deleteDialog.title')}
      body={t('webhooks.deleteDialog.body', { url: subscription.url })}
      confirmLabel={t('webhooks.deleteDialog.confirm')}
      destructive
      busy={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={() => onClose(false)}
    />
  );
}
