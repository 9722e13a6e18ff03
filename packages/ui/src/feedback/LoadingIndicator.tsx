import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** A polite status message while data loads. */
export function LoadingIndicator({ label }: { label?: string }) {
  const { t } = useTranslation('ui');
  return (
    <Box role="status" aria-live="polite" sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 3 }}>
      <CircularProgress size={24} aria-hidden="true" />
      <Typography>{label ?? t('status.loading')}</Typography>
    </Box>
  );
}
