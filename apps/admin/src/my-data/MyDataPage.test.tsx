import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { formatDateInWords, todayInAmsterdam } from '@srpo/domain';
import { describe, expect, it } from 'vitest';
import { dataRequest } from '../data-requests/fixtures';
import type { DataRequestFieldsFragment } from '../gql/graphql';
import { renderWithProviders } from '../test/renderWithProviders';
import { FileDataRequestMutation, MyDataRequestsQuery, MyDataSummaryQuery } from './graphql';
import { MyDataPage } from './MyDataPage';

const summary: MockLink.MockedResponse = {
  request: { query: MyDataSummaryQuery },
  result: {
    data: {
      __typename: 'Query',
      myProfile: {
        __typename: 'LeaderProfile',
        id: 'l1',
        registerNumber: '100042',
        displayName: 'Janne Jansen',
        initials: 'J.',
        email: 'janne@example.nl',
        enrolledOn: '2022-03-01',
        registration: { __typename: 'RegistrationOverview', id: 'g1', title: 'RDO', status: 'ACTIVE', registeredOn: '2022-03-01', deregisteredOn: null },
        employments: [{ __typename: 'Employment', id: 'e1', boardName: 'Stichting Noord' }],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const mine = (requests: DataRequestFieldsFragment[]): MockLink.MockedResponse => ({
  request: { query: MyDataRequestsQuery },
  result: { data: { __typename: 'Query', myDataRequests: requests } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const refused = dataRequest({
  id: 'r0',
  kind: 'ERASURE',
  subject: null,
  proposedValue: null,
  description: 'Ik wil uit het register.',
  status: 'REFUSED',
  // Today: the objection period is open.
  decidedOn: todayInAmsterdam(new Date()),
  decisionGrounds: 'U staat nog in het register.',
  version: 2,
});

describe('MyDataPage', () => {
  it('shows what the register holds, the two downloads and the requests with status and Dutch dates', async () => {
    renderWithProviders(<MyDataPage />, { mocks: [summary, mine([dataRequest({ extendedOn: '2026-03-15', extensionGrounds: 'Navraag bij uw bestuur.', deadline: '2026-06-10' }), refused])] });
    const held = await screen.findByTestId('held-data');
    expect(held.textContent).toContain('Janne Jansen (J.)');
    expect(held.textContent).toContain('RDO, geregistreerd, sinds 1 maart 2022');
    expect(held.textContent).toContain('1 dienstverband');
    expect(screen.getByTestId('personal-data-json').getAttribute('href')).toBe('/personal-data/me.json');
    expect(screen.getByTestId('personal-data-pdf').getAttribute('href')).toBe('/personal-data/me.pdf');
    const items = await screen.findAllByTestId('my-data-request');
    expect(items[0]!.textContent).toContain('Correctie: naam: In behandeling');
    expect(items[0]!.textContent).toContain('Ontvangen op 10 maart 2026; besluit uiterlijk 10 juni 2026.');
    expect(items[0]!.textContent).toContain('De termijn is verlengd tot 10 juni 2026. Reden: Navraag bij uw bestuur.');
    expect(items[1]!.textContent).toContain('Verwijdering: Afgewezen');
    expect(items[1]!.textContent).toContain(`Besloten op ${formatDateInWords(todayInAmsterdam(new Date()))}.`);
    expect(items[1]!.textContent).toContain('Motivering: U staat nog in het register.');
    expect(within(items[1]!).getByRole('button', { name: 'Bezwaar maken' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}|REQUESTED|ERASURE/);
  });

  it('files a correction after the domain’s check, and says until when the decision comes', async () => {
    const input = { kind: 'CORRECTION', subject: 'NAME', description: 'Mijn achternaam is verkeerd gespeld.', proposedValue: 'Janssen' };
    renderWithProviders(<MyDataPage />, {
      mocks: [summary, mine([]), { request: { query: FileDataRequestMutation, variables: { input } }, result: { data: { __typename: 'Mutation', fileDataRequest: dataRequest() } } }],
    });
    expect(await screen.findByText('U hebt nog geen verzoek ingediend.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Correctie vragen' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Correctie van uw gegevens vragen' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Verzoek indienen' }));
    expect(dialog.getByText('Kies welke gegevens niet kloppen.')).toBeTruthy();
    fireEvent.mouseDown(dialog.getByRole('combobox', { name: /Welke gegevens kloppen niet/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Naam' }));
    fireEvent.change(dialog.getByRole('textbox', { name: /Wat klopt er niet/ }), { target: { value: input.description } });
    fireEvent.click(dialog.getByRole('button', { name: 'Verzoek indienen' }));
    expect(dialog.getByText('Vul in wat de juiste gegevens zijn.')).toBeTruthy();
    fireEvent.change(dialog.getByRole('textbox', { name: /Wat moet het zijn/ }), { target: { value: input.proposedValue } });
    fireEvent.click(dialog.getByRole('button', { name: 'Verzoek indienen' }));
    expect((await screen.findByRole('status')).textContent).toBe('Uw verzoek is ontvangen. U krijgt uiterlijk 10 april 2026 een besluit.');
  });

  it('explains before an erasure request that a registered leader’s entry stays', async () => {
    renderWithProviders(<MyDataPage />, { mocks: [summary, mine([])] });
    await screen.findByTestId('held-data');
    fireEvent.click(screen.getByRole('button', { name: 'Verwijdering vragen' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Verwijdering van uw gegevens vragen' }));
    expect(dialog.getByText(/pas als u bent uitgeschreven/)).toBeTruthy();
    expect(dialog.getByTestId('erasure-registered')).toBeTruthy();
    expect(dialog.queryByRole('combobox')).toBeNull();
  });
});
