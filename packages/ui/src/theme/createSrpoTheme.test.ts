import { getContrastRatio } from '@mui/material/styles';
import { describe, expect, it } from 'vitest';
import { createSrpoTheme, srpoPalette } from './createSrpoTheme';

const AA_NORMAL_TEXT = 4.5;

describe('srpo theme', () => {
  const backgrounds = [srpoPalette.background.default, srpoPalette.background.paper];
  const textColours = {
    'text.primary': srpoPalette.text.primary,
    'text.secondary': srpoPalette.text.secondary,
    'text.disabled': srpoPalette.text.disabled,
    'primary.main': srpoPalette.primary.main,
    'secondary.main': srpoPalette.secondary.main,
    'error.main': srpoPalette.error.main,
  };

  it.each(Object.entries(textColours))('%s meets WCAG AA contrast on both backgrounds', (_name, colour) => {
    for (const background of backgrounds) {
      expect(getContrastRatio(colour, background)).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
    }
  });

  it.each(['primary', 'secondary', 'error', 'warning', 'success', 'info'] as const)(
    'contrastText on %s.main meets WCAG AA',
    (name) => {
      const colour = srpoPalette[name];
      expect(getContrastRatio(colour.contrastText, colour.main)).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
    },
  );

  it('uses the Dutch MUI locale by default and English on request', () => {
    const dutch = createSrpoTheme();
    const english = createSrpoTheme('en');
    const dutchLabel = dutch.components?.MuiPagination?.defaultProps?.getItemAriaLabel?.('next', 2, false);
    const englishLabel = english.components?.MuiPagination?.defaultProps?.getItemAriaLabel?.('next', 2, false);
    expect(dutchLabel).not.toEqual(englishLabel);
  });

  it('keeps button labels as written, not upper-case', () => {
    expect(createSrpoTheme().typography.button.textTransform).toBe('none');
  });
});
