import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../auth/apiError';
import { reasonText } from './reasonText';

export interface ApiErrorAlertProps {
  /** The error of a failed mutation (or null for nothing to show). */
  error: unknown;
  /** Shown when the failure is not an answer of the API (network down, …). */
  fallback: string;
  /** For CONFLICT (someone else changed it meanwhile): reloads the data; shown as "Opnieuw laden". */
  onReload?: () => void;
}

/** The API's own (Dutch) message of a failed change, with the domain's reasons as a list. */
export function ApiErrorAlert({ error, fallback, onReload }: ApiErrorAlertProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const apiError = apiErrorOf(error);
  const reasons = apiError?.reasons ?? [];
  // The message repeats the first reason when the domain said no: then a short lead goes above the list.
  const lead = !apiError ? fallback : reasons.some((reason) => reason.message === apiError.message) ? t('common.reasonsLead') : apiError.message;
  return (
    <Alert
      severity="error"
      role="alert"
      sx={{ my: 2 }}
      action={
        apiError?.code === 'CONFLICT' && onReload ? (
          <Button color="inherit" size="small" onClick={onReload}>
            {t('common.reload')}
          </Button>
        ) : undefined
      }
    >
      {lead}
      {reasons.length > 0 && (
        <ul style={{ margin: '0.5rem 0 0', paddingLeft: '1.25rem' }} data-testid="error-reasons">
          {reasons.map((reason) => (
            <li key={reason.code + reason.message}>{reasonText(reason, i18n.language)}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
