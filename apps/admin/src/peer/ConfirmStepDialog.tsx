import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';

export interface ConfirmStepDialogProps {
  /** Unique on the page: the dialog's title and body are named by it. */
  id: string;
  title: string;
  children: ReactNode;
  submitLabel: string;
  loading: boolean;
  error: unknown;
  onConfirm(): void;
  onClose(): void;
  onReload?: () => void;
}

/** Asks before a step that cannot be undone (forming the groups, confirming a group), and shows why the API refused it. */
export function ConfirmStepDialog({ id, title, children, submitLabel, loading, error, onConfirm, onClose, onReload }: ConfirmStepDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open onClose={onClose} aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} fullWidth maxWidth="sm">
      <DialogTitle id={`${id}-title`}>{title}</DialogTitle>
      <DialogContent>
        <div id={`${id}-body`}>{children}</div>
        <ApiErrorAlert error={error} fallback={t('common.saveFailed')} onReload={onReload} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" loading={loading} onClick={onConfirm}>
          {submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
