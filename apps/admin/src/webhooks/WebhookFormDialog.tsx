import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../auth/apiError';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import type { WebhookSubscriptionFieldsFragment } from '../gql/graphql';
import { ConflictAlert } from './ConflictAlert';
import { CreateWebhookSubscriptionMutation, UpdateWebhookSubscriptionMutation } from './graphql';
import { WEBHOOK_EVENTS } from './useWebhookLabels';
import { draftOf, emptyWebhookDraft, webhookInput, type WebhookDraft, type WebhookField } from './webhookDraft';
import { WebhookSecret } from './WebhookSecret';

export type WebhookFormResult = { kind: 'created' | 'updated'; subscription: WebhookSubscriptionFieldsFragment };

/** Rendered while open (mounted afresh each time, so no secret or old value comes back). */
export interface WebhookFormDialogProps {
  /** The subscription to edit; null to create one. */
  subscription: WebhookSubscriptionFieldsFragment | null;
  /** After the dialog closed; with the subscription when one was created or saved. */
  onClose(result: WebhookFormResult | null): void;
  /** Reloads the subscriptions; for a conflict, the form then shows the current values. */
  onReload(): Promise<readonly WebhookSubscriptionFieldsFragment[]>;
}

const FIELDS: readonly WebhookField[] = ['url', 'events', 'description'];

/** The input field an API error is about (`extensions.field`, e.g. `url` or `input.url`), if it is one of the form's. */
function fieldOf(name: string | undefined): WebhookField | undefined {
  const last = name?.split('.').pop();
  return FIELDS.find((field) => field === last);
}

/** "Webhook toevoegen" (then its secret, shown this once) and "Webhook bewerken". */
export function WebhookFormDialog({ subscription, onClose, onReload }: WebhookFormDialogProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<WebhookDraft>(() => (subscription ? draftOf(subscription) : emptyWebhookDraft));
  const [version, setVersion] = useState(subscription?.version ?? 0);
  const [missing, setMissing] = useState<readonly WebhookField[]>([]);
  const [created, setCreated] = useState<{ secret: string; subscription: WebhookSubscriptionFieldsFragment } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [create, creating] = useMutation(CreateWebhookSubscriptionMutation);
  const [update, updating] = useMutation(UpdateWebhookSubscriptionMutation);
  const apiError = apiErrorOf(failure);
  const apiField = fieldOf(apiError?.field);
  const conflict = apiError?.code === 'CONFLICT';

  function close() {
    onClose(created ? { kind: 'created', subscription: created.subscription } : null);
  }

  function change(next: Partial<WebhookDraft>) {
    setDraft((current) => ({ ...current, ...next }));
    setMissing((current) => current.filter((field) => !(field in next)));
    if (apiField && apiField in next) setFailure(null);
  }

  function problem(field: WebhookField): string | undefined {
    if (missing.includes(field)) return t(field === 'events' ? 'webhooks.form.required.events' : 'webhooks.form.required.url');
    return apiField === field ? apiError?.message : undefined;
  }

  async function reload() {
    const fresh = (await onReload()).find((each) => each.id === subscription?.id);
    setFailure(null);
    if (!fresh) return onClose(null);
    setDraft(draftOf(fresh));
    setVersion(fresh.version);
  }

  async function submit() {
    const result = webhookInput(draft);
    if (!result.ok) {
      setMissing(result.missing);
      document.getElementById(`webhook-${result.missing[0]}`)?.focus();
      return;
    }
    setFailure(null);
    try {
      if (subscription) {
        const { data } = await update({ variables: { id: subscription.id, version, input: result.input } });
        if (data) onClose({ kind: 'updated', subscription: data.updateWebhookSubscription });
      } else {
        const { data } = await create({ variables: { input: result.input } });
        if (data) setCreated(data.createWebhookSubscription);
      }
    } catch (error) {
      setFailure(error);
      const field = fieldOf(apiErrorOf(error)?.field);
      if (field) document.getElementById(`webhook-${field}`)?.focus();
    }
  }

  return (
    <Dialog
      open
      // While the secret is shown, only the explicit button closes: a stray click must not lose it.
      onClose={created ? undefined : close}
      aria-labelledby="webhook-form-title"
      fullWidth
      maxWidth="sm"
    >
      {created ? (
        <WebhookSecret titleId="webhook-form-title" secret={created.secret} onDone={close} />
      ) : (
        <>
          <DialogTitle id="webhook-form-title">{t(subscription ? 'webhooks.form.editTitle' : 'webhooks.form.createTitle')}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{t('webhooks.form.intro')}</DialogContentText>
            <Box
              component="form"
              id="webhook-form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void submit();
              }}
              sx={{ display: 'grid', gap: 2, pt: 1 }}
            >
              <TextField
                id="webhook-url"
                label={t('webhooks.form.url')}
                type="url"
                autoComplete="url"
                required
                value={draft.url}
                onChange={(event) => change({ url: event.target.value })}
                error={Boolean(problem('url'))}
                helperText={problem('url') ?? t('webhooks.form.urlHint')}
                slotProps={{ htmlInput: { spellCheck: false } }}
              />
              <FormControl component="fieldset" error={Boolean(problem('events'))} required>
                <FormLabel component="legend">{t('webhooks.form.events')}</FormLabel>
                <FormGroup>
                  {WEBHOOK_EVENTS.map((event) => (
                    <FormControlLabel
                      key={event}
                      control={
                        <Checkbox
                          id={event === WEBHOOK_EVENTS[0] ? 'webhook-events' : undefined}
                          checked={draft.events.includes(event)}
                          onChange={(changed) =>
                            change({ events: changed.target.checked ? [...draft.events, event] : draft.events.filter((each) => each !== event) })
                          }
                          slotProps={{ input: { 'aria-describedby': `webhook-event-hint-${event}` } }}
                        />
                      }
                      label={
                        <>
                          {t(`webhooks.events.${event}`)}
                          <FormHelperText id={`webhook-event-hint-${event}`} sx={{ mt: 0, mx: 0 }} error={false}>
                            {t(`webhooks.eventHints.${event}`)}
                          </FormHelperText>
                        </>
                      }
                    />
                  ))}
                </FormGroup>
                {problem('events') && <FormHelperText>{problem('events')}</FormHelperText>}
              </FormControl>
              <TextField
                id="webhook-description"
                label={t('webhooks.form.description')}
                multiline
                minRows={2}
                value={draft.description}
                onChange={(event) => change({ description: event.target.value })}
                error={Boolean(problem('description'))}
                helperText={problem('description') ?? t('webhooks.form.descriptionHint')}
              />
            </Box>
            {conflict ? <ConflictAlert onReload={() => void reload()} /> : !apiField && <ApiErrorAlert error={failure} fallback={t('common.saveFailed')} />}
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button variant="contained" type="submit" form="webhook-form" loading={creating.loading || updating.loading}>
              {t(subscription ? 'webhooks.form.save' : 'webhooks.form.create')}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
