import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssessorOrganisationFieldsFragment } from '../gql/graphql';
import { renderWithProviders } from '../test/renderWithProviders';
import { FeeScheduleSection } from './FeeScheduleSection';
import { UpdateMyFeeScheduleMutation } from './graphql';

const organisation: AssessorOrganisationFieldsFragment = {
  __typename: 'AssessorOrganisation',
  id: 'a1',
  version: 3,
  name: 'Portfolio Validatie Nederland',
  kvkNumber: '34567812',
  contactEmail: 'info@portfoliovalidatie.example.nl',
  phone: null,
  certifiedFrom: '2026-01-01',
  certifiedUntil: '2029-12-31',
  certifiedToday: true,
  feeSchedule: { __typename: 'AssessorFeeSchedule', oneOffCents: 4000, perThemeCents: 45000, perInterviewCents: 50000, resubmissionCents: 20000 },
};

describe('FeeScheduleSection', () => {
  it('shows the organisation’s own fees in euros and saves a change in cents with the version it read', async () => {
    const feeSchedule = { oneOffCents: 4000, perThemeCents: 47550, perInterviewCents: 50000, resubmissionCents: 20000 };
    const saved: MockLink.MockedResponse = {
      request: { query: UpdateMyFeeScheduleMutation, variables: { version: 3, feeSchedule } },
      result: { data: { __typename: 'Mutation', updateMyFeeSchedule: { ...organisation, version: 4, feeSchedule: { __typename: 'AssessorFeeSchedule', ...feeSchedule } } } },
    };
    renderWithProviders(<FeeScheduleSection organisation={organisation} onReload={() => undefined} />, { mocks: [saved] });

    const section = screen.getByTestId('fee-schedule');
    expect(within(section).getByText(/^Per thema € 450,00$/)).toBeTruthy();
    expect(within(section).getByText(/^Herbeoordeling € 200,00$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tarieven wijzigen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tarieven wijzigen' });
    const perTheme = within(dialog).getByRole('textbox', { name: /Tarief per thema/ });
    expect((perTheme as HTMLInputElement).value).toBe('450,00');
    fireEvent.change(perTheme, { target: { value: 'vierhonderd' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialog).findByText('Typ een bedrag in euro, bijvoorbeeld 450 of 450,50.')).toBeTruthy();
    fireEvent.change(perTheme, { target: { value: '475,50' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect((await screen.findByRole('status')).textContent).toBe('De tarieven zijn opgeslagen.');
  });
});
