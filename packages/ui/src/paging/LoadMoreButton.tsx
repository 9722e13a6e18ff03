import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../feedback/ErrorMessage';

export interface LoadMoreButtonProps {
  /** Whether the list has a next page; nothing is shown otherwise (except a failure). */
  hasNextPage: boolean;
  loadingMore: boolean;
  moreError: boolean;
  onLoadMore: () => void;
  /** Overrides the button's text ("Meer laden"). */
  label?: string;
}

/** "Meer laden" under a paged list, and a retryable message when the next page could not be loaded. */
export function LoadMoreButton({ hasNextPage, loadingMore, moreError, onLoadMore, label }: LoadMoreButtonProps) {
  const { t } = useTranslation('ui');
  return (
    <>
      {moreError && <ErrorMessage message={t('status.loadMoreError')} onRetry={onLoadMore} />}
      {hasNextPage && (
        <Box sx={{ mt: 2 }}>
          <Button variant="outlined" onClick={onLoadMore} aria-disabled={loadingMore || undefined}>
            {loadingMore ? t('status.loadingMore') : (label ?? t('status.more'))}
          </Button>
        </Box>
      )}
    </>
  );
}
