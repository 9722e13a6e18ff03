import { createTheme, type Theme } from '@mui/material/styles';
import { enUS, nlNL } from '@mui/material/locale';
import type { Language } from '../i18n/languages';

/**
 * Colours chosen for WCAG 2.1 AA: every text colour below has a contrast ratio of at least 4.5:1 on
 * both background colours (checked in `createSrpoTheme.test.ts`).
 */
export const srpoPalette = {
  primary: { main: '#1c4e80', dark: '#123456', light: '#3d6f9f', contrastText: '#ffffff' },
  secondary: { main: '#8a1c4f', dark: '#5f1236', light: '#a8456f', contrastText: '#ffffff' },
  error: { main: '#b3261e', contrastText: '#ffffff' },
  warning: { main: '#8a5300', contrastText: '#ffffff' },
  success: { main: '#1e6b35', contrastText: '#ffffff' },
  info: { main: '#0b5f8a', contrastText: '#ffffff' },
  background: { default: '#f5f7fa', paper: '#ffffff' },
  // Disabled text too: a locked field (e.g. the kind of a saved application) must stay readable.
  text: { primary: '#1a1c1e', secondary: '#4a5058', disabled: '#62676d' },
} as const;

const longWords = { overflowWrap: 'break-word', hyphens: 'auto' } as const;

const muiLocales = { nl: nlNL, en: enUS } as const;

/** The MUI theme of both front ends, with MUI's built-in component texts in the given language. */
export function createSrpoTheme(language: Language = 'nl'): Theme {
  return createTheme(
    {
      palette: srpoPalette,
      shape: { borderRadius: 6 },
      typography: {
        fontFamily: '"Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
        // Dutch compounds ("Professionaliseringsthema’s") must not overflow a 360 px screen.
        h1: { ...longWords, fontSize: '1.625rem', fontWeight: 600, lineHeight: 1.25, '@media (min-width:600px)': { fontSize: '2rem' } },
        h2: { ...longWords, fontSize: '1.5rem', fontWeight: 600, lineHeight: 1.3 },
        h3: { ...longWords, fontSize: '1.2rem', fontWeight: 600, lineHeight: 1.35 },
        // Labels as written ("Aanvraag indienen"): capitals read as shouting and hurt legibility.
        button: { textTransform: 'none' },
      },
      components: {
        MuiLink: { defaultProps: { underline: 'always' } },
        MuiButtonBase: { defaultProps: { disableRipple: false } },
        // Narrow screens: tighter cells, so a table of four or five columns fits 360 px.
        MuiTableCell: { styleOverrides: { root: { hyphens: 'auto', '@media (max-width:599.95px)': { paddingLeft: 6, paddingRight: 6 } } } },
      },
    },
    muiLocales[language],
  );
}
