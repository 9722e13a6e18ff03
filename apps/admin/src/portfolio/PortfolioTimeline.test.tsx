import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { PortfolioTimeline } from './PortfolioTimeline';

/** Each step's label with its status for screen readers, in order. */
function steps(): string[] {
  return Array.from(screen.getByTestId('portfolio-timeline').querySelectorAll('.MuiStepLabel-label')).map((label) => label.textContent ?? '');
}

describe('PortfolioTimeline', () => {
  it('marks an insufficient assessment as the current step, with the submission date in Dutch', () => {
    renderWithProviders(<PortfolioTimeline state="INSUFFICIENT" submittedOn="2026-11-30" />);
    expect(steps()).toEqual([
      'Ingediend (afgerond)',
      'Onvoldoende beoordeeld (huidige stap)',
      'Gesprek gepland (nog niet)',
      'Gevalideerd of niet gevalideerd (nog niet)',
    ]);
    expect(screen.getByText('30 november 2026')).toBeTruthy();
  });

  it('ends in the outcome, every step done', () => {
    renderWithProviders(<PortfolioTimeline state="VALIDATED" submittedOn="2026-11-30" interviewStartsAt="2026-12-01T09:30:00.000Z" interviewLocation="Utrecht" />);
    expect(steps()).toEqual(['Ingediend (afgerond)', 'Beoordeeld (afgerond)', 'Gesprek gepland (afgerond)', 'Gevalideerd (afgerond)']);
    expect(screen.getByText('1 december 2026 om 10:30, Utrecht')).toBeTruthy();
  });
});
