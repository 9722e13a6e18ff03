import Typography from '@mui/material/Typography';
import { ErrorMessage } from '@srpo/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../auth/apiError';

export interface CaseUnavailableProps {
  /** The page's way back. */
  back: ReactNode;
  error: unknown;
  onRetry(): void;
}

/** A case page without its case: "does not exist" for NOT_FOUND (none, or not the viewer's to see), else the load error with a retry. */
export function CaseUnavailable({ back, error, onRetry }: CaseUnavailableProps) {
  const { t } = useTranslation();
  return (
    <>
      {back}
      {apiErrorOf(error)?.code === 'NOT_FOUND' ? (
        <Typography sx={{ mt: 2 }}>{t('portfolio.case.notFound')}</Typography>
      ) : (
        <ErrorMessage message={t('portfolio.case.loadError')} onRetry={onRetry} />
      )}
    </>
  );
}
