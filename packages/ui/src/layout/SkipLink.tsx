import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';

/** First focusable element: jumps past the header to the main content (WCAG 2.4.1). */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation('ui');
  return (
    <Link
      href={`#${targetId}`}
      sx={{
        position: 'absolute',
        left: 8,
        top: 8,
        zIndex: (theme) => theme.zIndex.tooltip + 1,
        px: 2,
        py: 1,
        bgcolor: 'background.paper',
        color: 'primary.main',
        fontWeight: 600,
        borderRadius: 1,
        boxShadow: 3,
        transform: 'translateY(-200%)',
        '&:focus': { transform: 'none', outline: '3px solid', outlineColor: 'secondary.main' },
      }}
    >
      {t('layout.skipLink')}
    </Link>
  );
}
