import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';

export interface ErrorMessageProps {
  message: string;
  /** Shows a retry button when given. */
  onRetry?: () => void;
}

/** An error the user can read (and retry); never shows internals. */
export function ErrorMessage({ message, onRetry }: ErrorMessageProps) {
  const { t } = useTranslation('ui');
  return (
    <Alert
      severity="error"
      role="alert"
      sx={{ my: 2 }}
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('status.retry')}
          </Button>
        ) : undefined
      }
    >
      {message}
    </Alert>
  );
}
