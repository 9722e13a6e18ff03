import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface CodeBlockProps {
  /** Shown above the block. */
  caption: string;
  /** What the copy button copies, for its accessible name (e.g. “Query van ‘Zoeken met filters’”). */
  copyName: string;
  code: string;
}

type CopyState = 'idle' | 'done' | 'failed';

/**
 * Code in a box that scrolls sideways by itself (never the page), reachable by keyboard, with a copy
 * button that says in a live region whether copying worked.
 */
export function CodeBlock({ caption, copyName, code }: CodeBlockProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setState('done');
    } catch {
      setState('failed');
    }
  }

  return (
    <Box component="figure" sx={{ m: 0, mb: 2, minWidth: 0 }} data-testid="code-block">
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 0.5 }}>
        <Typography component="figcaption" sx={{ fontWeight: 600, minWidth: 0 }}>
          {caption}
        </Typography>
        <Button size="small" variant="outlined" sx={{ flexShrink: 0 }} onClick={() => void copy()} aria-label={t('apiDocs.copy.label', { what: copyName })}>
          {t('apiDocs.copy.button')}
        </Button>
      </Box>
      <Box
        component="pre"
        tabIndex={0}
        role="region"
        aria-label={copyName}
        sx={{
          m: 0,
          p: 1.5,
          overflowX: 'auto',
          maxWidth: '100%',
          bgcolor: 'grey.100',
          border: 1,
          borderColor: 'grey.400',
          borderRadius: 1,
          fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
          fontSize: '0.875rem',
          lineHeight: 1.5,
          whiteSpace: 'pre',
          overflowWrap: 'normal',
          '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 2 },
        }}
      >
        <code>{code}</code>
      </Box>
      <Typography role="status" variant="body2" sx={{ color: state === 'failed' ? 'error.main' : 'text.secondary' }}>
        {state === 'done' ? t('apiDocs.copy.done', { what: copyName }) : state === 'failed' ? t('apiDocs.copy.failed') : ''}
      </Typography>
    </Box>
  );
}
