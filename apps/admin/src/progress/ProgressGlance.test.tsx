import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ThemeProgressFieldsFragment } from '../gql/graphql';
import { renderWithProviders } from '../test/renderWithProviders';
import { ProgressGlance } from './ProgressGlance';

/** A leader who completed four themes (e.g. three courses and a peer validation) where three are required. */
const PROGRESS: ThemeProgressFieldsFragment = {
  __typename: 'ThemeProgress',
  periodStartsOn: '2024-09-01',
  dueDate: '2099-09-01',
  themes: [],
  evaluation: {
    __typename: 'ReRegistrationEvaluation',
    eligible: true,
    route: 'THEMES',
    themesCompleted: 4,
    themesMissing: 0,
    themesRequired: 3,
    nextDueDate: '2103-09-01',
    newLevel: null,
    expiresOn: '2100-03-01',
    reasons: [],
    explanation: [],
  },
};

describe('ProgressGlance', () => {
  it('counts toward the requirement: four themes completed of three required reads "3 van 3", never "4 van 3"', () => {
    renderWithProviders(<ProgressGlance progress={PROGRESS} apply={{ to: '/mijn-registratie/aanvraag', blockedBy: null }} />);
    expect(screen.getByTestId('theme-meter-count').textContent).toBe('3 van 3');
    expect(screen.getByTestId('theme-meter').getAttribute('aria-valuetext')).toBe('3 van de 3 thema’s afgerond');
    expect(screen.getByTestId('progress-glance').textContent).toContain('u hebt 3 van de 3 thema’s afgerond');
  });
});
