import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../App';
import type { PublicRegistrationQuery as EntryResult, PublicRegistrationQueryVariables } from '../gql/graphql';
import { LocationProbe } from '../test/LocationProbe';
import { renderWithProviders } from '../test/renderWithProviders';
import { PublicRegistrationQuery } from './graphql';

type Entry = NonNullable<EntryResult['publicRegistration']>;

function entry(overrides: Partial<Entry> = {}): Entry {
  return {
    __typename: 'PublicRegistration',
    registerNumber: '100004',
    displayName: 'Anna van Dijk',
    title: 'RDO',
    aspirant: false,
    qualificationLevel: 'VAKBEKWAAM',
    status: 'ACTIVE',
    registeredOn: '2022-08-01',
    reRegistrationDue: '2026-08-01',
    completedThemes: [],
    boards: [{ __typename: 'PublicBoard', name: 'Stichting De Linge' }],
    ...overrides,
  };
}

function entryMock(answer: Entry | null, asked: PublicRegistrationQueryVariables[] = [], match: (v: PublicRegistrationQueryVariables) => boolean = () => true) {
  const mock: MockLink.MockedResponse = {
    request: {
      query: PublicRegistrationQuery,
      variables: (variables) => {
        if (!match(variables as PublicRegistrationQueryVariables)) return false;
        asked.push(variables as PublicRegistrationQueryVariables);
        return true;
      },
    },
    result: { data: { __typename: 'Query', publicRegistration: answer } },
    maxUsageCount: 10,
  };
  return mock;
}

function fact(term: string): string | null | undefined {
  const dt = screen.getAllByRole('term').find((element) => element.textContent === term);
  return dt?.nextElementSibling?.textContent;
}

async function explanation(): Promise<string | null> {
  return (await screen.findByTestId('status-explanation')).textContent;
}

describe('EntryPage', () => {
  it('shows title, level, status with its explanation, dates and boards', async () => {
    const asked: PublicRegistrationQueryVariables[] = [];
    renderWithProviders(<App />, { route: '/register/100004', mocks: [entryMock(entry(), asked)] });

    expect(await explanation()).toBe('De registratie is geldig; de schoolleider moet uiterlijk 1 augustus 2026 geherregistreerd zijn.');
    expect(asked).toEqual([{ registerNumber: '100004', asOf: null }]);
    expect(screen.getByRole('heading', { level: 1, name: 'Anna van Dijk' })).toBeTruthy();
    expect(document.title).toBe('Anna van Dijk | Schoolleidersregister PO');
    expect(within(screen.getByTestId('entry-status')).getByText('Geregistreerd')).toBeTruthy();
    expect(fact('Registernummer')).toBe('100004');
    expect(fact('Titel')).toBe('RDO (Registerdirecteur Onderwijs)');
    expect(fact('Bekwaamheidsniveau')).toBe('vakbekwaam');
    expect(fact('Geregistreerd op')).toBe('1 augustus 2022');
    expect(fact('Herregistratie uiterlijk')).toBe('1 augustus 2026');
    expect(fact('Bestuur')).toBe('Stichting De Linge');
    expect(screen.getByText('Nog geen afgeronde thema’s in deze registratieperiode.')).toBeTruthy();
  });

  it('explains "onder voorwaarden" with the due date and the end of the six months', async () => {
    renderWithProviders(<App />, { route: '/register/100004', mocks: [entryMock(entry({ status: 'CONDITIONAL', reRegistrationDue: '2026-08-01' }))] });

    expect(await explanation()).toBe(
      'De herregistratie had op 1 augustus 2026 rond moeten zijn; de registratie blijft zes maanden onder voorwaarden geldig, tot 1 februari 2027.',
    );
    expect(within(screen.getByTestId('entry-status')).getByText('Onder voorwaarden')).toBeTruthy();
  });

  it('explains "herregistratie verlopen", aspirants and deregistered leaders in plain Dutch', async () => {
    const { unmount } = renderWithProviders(<App />, {
      route: '/register/100004',
      mocks: [entryMock(entry({ status: 'EXPIRED', reRegistrationDue: '2024-03-31' }))],
    });
    expect(await explanation()).toBe(
      'De herregistratie had op 31 maart 2024 rond moeten zijn en is niet binnen zes maanden gelukt; de registratie is sinds 30 september 2024 verlopen.',
    );
    expect(within(screen.getByTestId('entry-status')).getByText('Herregistratie verlopen')).toBeTruthy();
    unmount();

    const second = renderWithProviders(<App />, {
      route: '/register/100005',
      mocks: [entryMock(entry({ registerNumber: '100005', title: 'RADO', aspirant: true, qualificationLevel: null, reRegistrationDue: null }))],
    });
    expect(await explanation()).toMatch(/^De schoolleider staat als aspirant ingeschreven/);
    expect(fact('Titel')).toBe('aspirant RADO (Registeradjunct-directeur Onderwijs)');
    expect(fact('Bekwaamheidsniveau')).toBe('Nog niet vastgesteld');
    second.unmount();

    renderWithProviders(<App />, { route: '/register/100006', mocks: [entryMock(entry({ registerNumber: '100006', status: 'DEREGISTERED', boards: [] }))] });
    expect(await explanation()).toMatch(/^De schoolleider is uitgeschreven/);
    expect(within(screen.getByTestId('entry-status')).getByText('Uitgeschreven')).toBeTruthy();
    expect(screen.queryByText('Herregistratie uiterlijk')).toBeNull();
    expect(fact('Besturen')).toBe('Geen bestuur bekend');
  });

  it('lists the completed themes with date and learning route', async () => {
    const completedThemes: Entry['completedThemes'] = [
      { __typename: 'PublicThemeCompletion', completedOn: '2024-05-14', route: 'FORMAL', theme: { __typename: 'PublicThemeRef', code: '1', name: 'Persoonlijk leiderschap' } },
      { __typename: 'PublicThemeCompletion', completedOn: '2025-01-09', route: 'INFORMAL', theme: { __typename: 'PublicThemeRef', code: '8', name: 'Wildcard' } },
    ];
    renderWithProviders(<App />, { route: '/register/100004', mocks: [entryMock(entry({ completedThemes }))] });

    const list = await screen.findByTestId('completed-themes');
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Persoonlijk leiderschap (thema 1): afgerond op 14 mei 2024, formeel leren',
      'Wildcard (thema 8): afgerond op 9 januari 2025, informeel leren',
    ]);
    expect(screen.queryByText(/Nog geen afgeronde/)).toBeNull();
  });

  it('asks for the date in ?peildatum= and puts a chosen date in the URL', async () => {
    const asked: PublicRegistrationQueryVariables[] = [];
    renderWithProviders(
      <>
        <App />
        <LocationProbe />
      </>,
      { route: '/register/100004?peildatum=2023-01-31', mocks: [entryMock(entry(), asked)] },
    );

    await explanation();
    expect(asked[0]).toEqual({ registerNumber: '100004', asOf: '2023-01-31' });
    expect(screen.getByText('U ziet de registratie zoals die was op 31 januari 2023.')).toBeTruthy();
    const field = screen.getByLabelText('Peildatum') as HTMLInputElement;
    expect(field.value).toBe('2023-01-31');

    fireEvent.change(field, { target: { value: '2022-12-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bekijken' }));

    expect(screen.getByTestId('location').textContent).toBe('/register/100004?peildatum=2022-12-01');
    await waitFor(() => expect(asked.at(-1)).toEqual({ registerNumber: '100004', asOf: '2022-12-01' }));
    expect(await screen.findByText('U ziet de registratie zoals die was op 1 december 2022.')).toBeTruthy();

    fireEvent.click(screen.getByRole('link', { name: 'Bekijk de registratie van vandaag' }));
    expect(screen.getByTestId('location').textContent).toBe('/register/100004');
    await waitFor(() => expect(asked.at(-1)).toEqual({ registerNumber: '100004', asOf: null }));
    expect(field.value).toBe('');
  });

  it('ignores an impossible date in the URL and says so', async () => {
    const asked: PublicRegistrationQueryVariables[] = [];
    renderWithProviders(<App />, { route: '/register/100004?peildatum=2023-02-30', mocks: [entryMock(entry(), asked)] });

    await explanation();
    expect(asked[0]).toEqual({ registerNumber: '100004', asOf: null });
    expect(screen.getByText(/De peildatum “2023-02-30” in het adres is geen geldige datum/)).toBeTruthy();
  });

  it('shows a not-found page for an unknown number, and for a date before the registration', async () => {
    const { unmount } = renderWithProviders(<App />, { route: '/register/999999', mocks: [entryMock(null)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Registratie niet gevonden' })).toBeTruthy();
    expect(screen.getByText('Er staat geen schoolleider met registernummer 999999 in het register.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Zoeken in het register' }).getAttribute('href')).toBe('/zoeken');
    expect(document.title).toBe('Registratie niet gevonden | Schoolleidersregister PO');
    unmount();

    renderWithProviders(<App />, { route: '/register/100004?peildatum=2010-01-01', mocks: [entryMock(null)] });
    expect(await screen.findByText('Registernummer 100004 was op 1 januari 2010 niet geregistreerd.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bekijken' })).toBeTruthy();
  });

  it('shows an error without internals, with a retry', async () => {
    const failure: MockLink.MockedResponse = { request: { query: PublicRegistrationQuery, variables: () => true }, error: new Error('ECONNREFUSED') };
    renderWithProviders(<App />, { route: '/register/100004', mocks: [failure, entryMock(entry())] });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('De registratie kon niet worden geladen.');
    expect(alert.textContent).not.toContain('ECONNREFUSED');
    fireEvent.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Anna van Dijk' })).toBeTruthy();
  });

  it('speaks English when English is chosen', async () => {
    renderWithProviders(<App />, {
      route: '/register/100004',
      mocks: [entryMock(entry({ status: 'CONDITIONAL', reRegistrationDue: '2026-08-01' }))],
      language: 'en',
    });

    expect(await explanation()).toBe(
      'Re-registration was due on August 1, 2026; the registration remains valid under conditions for six months, until February 1, 2027.',
    );
    expect(fact('Qualification level')).toBe('vakbekwaam');
  });
});
