/**
 * Series colours: the Okabe–Ito colour-blind-safe hues, darkened where needed so every colour has at
 * least 3:1 contrast with both page backgrounds (WCAG 1.4.11, checked in chartPalette.test.ts). Blue and
 * vermillion come first: the pair stays apart in every kind of colour blindness.
 */
export const chartPalette = ['#0072B2', '#D55E00', '#007A5A', '#A8467F', '#8A6D00', '#4A5058'] as const;

/** Reference (target) lines: dark and dashed, so they never read as a data series. */
export const referenceLineColour = '#1A1C1E';

/** Dash pattern of targets and reference lines. */
export const DASH = '6 4';
