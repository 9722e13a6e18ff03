import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssessorOrganisationFieldsFragment } from '../gql/graphql';
import { connection } from '../test/connection';
import { renderWithProviders } from '../test/renderWithProviders';
import { AssessorOrganisationList } from './AssessorOrganisationList';
import { AssessorOrganisationsQuery, CreateAssessorOrganisationMutation } from './graphql';

const certified: AssessorOrganisationFieldsFragment = {
  __typename: 'AssessorOrganisation',
  id: 'a1',
  version: 1,
  name: 'Portfolio Validatie Nederland',
  kvkNumber: '34567812',
  contactEmail: 'info@portfoliovalidatie.example.nl',
  phone: null,
  certifiedFrom: '2026-01-01',
  certifiedUntil: '2029-12-31',
  certifiedToday: true,
  feeSchedule: { __typename: 'AssessorFeeSchedule', oneOffCents: 4000, perThemeCents: 45000, perInterviewCents: 50000, resubmissionCents: 20000 },
};
const ended: AssessorOrganisationFieldsFragment = { ...certified, id: 'a2', name: 'Bureau Erkenning Informeel Leren', kvkNumber: '56781234', certifiedUntil: '2026-06-30', certifiedToday: false };

function listed(nodes: AssessorOrganisationFieldsFragment[]): MockLink.MockedResponse {
  return {
    request: { query: AssessorOrganisationsQuery, variables: { query: null, first: 25, after: null } },
    result: { data: { __typename: 'Query', assessorOrganisations: connection('AssessorOrganisation', nodes) } },
  };
}

const input = {
  name: 'Nieuw Beoordelingsbureau',
  kvkNumber: '12345678',
  contactEmail: 'info@nieuw.example.nl',
  phone: null,
  certifiedFrom: '2027-01-01',
  certifiedUntil: '2030-12-31',
  feeSchedule: { oneOffCents: 4000, perThemeCents: 45050, perInterviewCents: 50000, resubmissionCents: 125000 },
};

describe('AssessorOrganisationList', () => {
  it('shows the certification period in Dutch dates, whether it holds today, and the fees in euros', async () => {
    renderWithProviders(<AssessorOrganisationList />, { mocks: [listed([ended, certified])] });
    expect(await screen.findByText('2 beoordelaarsorganisaties')).toBeTruthy();
    const row = screen.getByText('Portfolio Validatie Nederland').closest('[role="row"]') as HTMLElement;
    expect(within(row).getByText('1 januari 2026 t/m 31 december 2029')).toBeTruthy();
    expect(within(row).getByText('Gecertificeerd')).toBeTruthy();
    expect(within(row).getByText(/^Per thema € 450,00$/)).toBeTruthy();
    expect(within(row).getByText(/^Eenmalig € 40,00$/)).toBeTruthy();
    const endedRow = screen.getByText('Bureau Erkenning Informeel Leren').closest('[role="row"]') as HTMLElement;
    expect(within(endedRow).getByText('Niet gecertificeerd')).toBeTruthy();
  });

  it('checks the amounts before saving and sends them in cents', async () => {
    let sent = 0;
    const create: MockLink.MockedResponse = {
      request: { query: CreateAssessorOrganisationMutation, variables: { input } },
      result: () => {
        sent += 1;
        return { data: { __typename: 'Mutation', createAssessorOrganisation: { ...certified, id: 'a3', ...input, feeSchedule: { __typename: 'AssessorFeeSchedule', ...input.feeSchedule } } } };
      },
    };
    renderWithProviders(<AssessorOrganisationList />, { mocks: [listed([certified]), create, listed([certified])] });
    fireEvent.click(await screen.findByRole('button', { name: 'Organisatie toevoegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Beoordelaarsorganisatie toevoegen' });
    const type = (label: RegExp, value: string) => fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
    type(/^Naam/, input.name);
    type(/^KvK-nummer/, input.kvkNumber);
    type(/^E-mailadres voor contact/, input.contactEmail);
    type(/^Gecertificeerd vanaf/, input.certifiedFrom);
    type(/^Gecertificeerd tot en met/, input.certifiedUntil);
    type(/^Eenmalig tarief/, '40');
    type(/^Tarief per thema/, 'veertig');
    type(/^Tarief per validatiegesprek/, '500,00');
    type(/^Tarief voor een herbeoordeling/, '€ 1.250');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Aanmaken' }));
    expect(await within(dialog).findByText('Typ een bedrag in euro, bijvoorbeeld 450 of 450,50.')).toBeTruthy();
    expect(sent).toBe(0);

    type(/^Tarief per thema/, '450,50');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Aanmaken' }));
    expect(await screen.findByText('De beoordelaarsorganisatie Nieuw Beoordelingsbureau is toegevoegd.')).toBeTruthy();
    expect(sent).toBe(1);
  });
});
