import { getContrastRatio } from '@mui/material/styles';
import { describe, expect, it } from 'vitest';
import { srpoPalette } from '../theme/createSrpoTheme';
import { chartPalette, referenceLineColour } from './chartPalette';

const AA_GRAPHICS = 3;

describe('chart palette', () => {
  it.each([...chartPalette, referenceLineColour])('%s has 3:1 contrast on both page backgrounds', (colour) => {
    for (const background of [srpoPalette.background.default, srpoPalette.background.paper]) {
      expect(getContrastRatio(colour, background)).toBeGreaterThanOrEqual(AA_GRAPHICS);
    }
  });

  it('has no colour twice', () => {
    expect(new Set(chartPalette.map((colour) => colour.toLowerCase())).size).toBe(chartPalette.length);
  });
});
