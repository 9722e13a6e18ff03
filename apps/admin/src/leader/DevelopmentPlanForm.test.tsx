import type { MockLink } from '@apollo/client/testing';
import { todayInAmsterdam } from '@srpo/domain';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { DevelopmentPlanForm } from './DevelopmentPlanForm';
import { PlannableThemesQuery, SetDevelopmentPlanMutation } from './graphql';

const themes: MockLink.MockedResponse = {
  request: { query: PlannableThemesQuery, variables: { activeOn: todayInAmsterdam(new Date()) } },
  result: {
    data: {
      themes: [
        { __typename: 'Theme', id: 't1', code: '1', name: 'Persoonlijk leiderschap', isWildcard: false },
        { __typename: 'Theme', id: 't2', code: '2', name: 'Regie & strategie', isWildcard: false },
        { __typename: 'Theme', id: 't8', code: '8', name: 'Wildcard', isWildcard: true },
      ],
    },
  },
};

describe('DevelopmentPlanForm', () => {
  it('lists the themes valid today, starts from the plan and saves the chosen themes in catalogue order', async () => {
    const save: MockLink.MockedResponse = {
      request: { query: SetDevelopmentPlanMutation, variables: { themeIds: ['t1', 't8'] } },
      result: {
        data: {
          setDevelopmentPlan: {
            __typename: 'LeaderProfile',
            id: 'p1',
            developmentPlan: [
              { __typename: 'PlannedTheme', themeId: 't1', code: '1', name: 'Persoonlijk leiderschap', addedOn: '2026-11-24' },
              { __typename: 'PlannedTheme', themeId: 't8', code: '8', name: 'Wildcard', addedOn: '2026-11-24' },
            ],
          },
        },
      },
    };
    const plan = [{ __typename: 'PlannedTheme' as const, themeId: 't2', code: '2', name: 'Regie & strategie', addedOn: '2026-01-10' }];
    renderWithProviders(<DevelopmentPlanForm plan={plan} />, { mocks: [themes, save] });

    const second = (await screen.findByRole('checkbox', { name: '2. Regie & strategie' })) as HTMLInputElement;
    expect(second.checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: '8. Wildcard' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '1. Persoonlijk leiderschap' }));
    fireEvent.click(second);
    fireEvent.click(screen.getByRole('button', { name: 'Plan opslaan' }));

    expect(await screen.findByText('Uw plan voor ontwikkeling is opgeslagen.')).toBeTruthy();
  });
});
