import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';

/** Someone changed the subscription meanwhile (CONFLICT on its version): say so plainly and offer to reload it. */
export function ConflictAlert({ onReload }: { onReload(): void }) {
  const { t } = useTranslation();
  return (
    <Alert
      // Brought into view: in a long dialog it would otherwise appear below the fold.
      ref={(element: HTMLDivElement | null) => element?.scrollIntoView?.({ block: 'nearest' })}
      severity="warning"
      role="alert"
      sx={{ my: 2 }}
      action={
        <Button color="inherit" size="small" onClick={onReload}>
          {t('common.reload')}
        </Button>
      }
    >
      {t('webhooks.conflict')}
    </Alert>
  );
}
