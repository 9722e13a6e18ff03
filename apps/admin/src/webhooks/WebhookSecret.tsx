import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { SecretOnce } from '../forms/SecretOnce';

export interface WebhookSecretProps {
  /** The id the dialog's `aria-labelledby` names. */
  titleId: string;
  secret: string;
  onDone(): void;
}

/**
 * A subscription's new signing secret, shown this once (after creating it or making a new one), as the
 * dialog's content. The dialog must not close on Escape or a stray click meanwhile: only "Ik heb het geheim bewaard".
 */
export function WebhookSecret({ titleId, secret, onDone }: WebhookSecretProps) {
  const { t } = useTranslation();
  return (
    <>
      <DialogTitle id={titleId}>{t('webhooks.secret.title')}</DialogTitle>
      <DialogContent>
        <SecretOnce
          id="webhook-secret"
          secret={secret}
          texts={{
            warning: t('webhooks.secret.warning'),
            label: t('webhooks.secret.label'),
            usage: t('webhooks.secret.usage'),
            copy: t('webhooks.secret.copy'),
            copied: t('webhooks.secret.copied'),
            copyFailed: t('webhooks.secret.copyFailed'),
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onDone}>
          {t('webhooks.secret.done')}
        </Button>
      </DialogActions>
    </>
  );
}
