import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../App';
import { todayInAmsterdam, addYears } from '@srpo/domain';
import type { RegisterEntryQuery as EntryResult, RegisterEntryQueryVariables } from '../gql/graphql';
import { LocationProbe } from '../test/LocationProbe';
import { renderWithProviders } from '../test/renderWithProviders';
import { RegisterEntryQuery } from './graphql';

type Entry = NonNullable<EntryResult['publicRegistrationLookup']['registration']>;
type Outcome = EntryResult['publicRegistrationLookup']['outcome'];

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
    aspirantUntil: null,
    expiresOn: '2027-02-01',
    deregisteredOn: null,
    periodStartsOn: '2022-08-01',
    completedThemes: [],
    boards: [{ __typename: 'PublicBoard', name: 'Stichting De Linge' }],
    ...overrides,
  };
}

function entryMock(answer: Entry | Outcome, asked: RegisterEntryQueryVariables[] = []) {
  const registration = typeof answer === 'string' ? null : answer;
  const outcome: Outcome = typeof answer === 'string' ? answer : 'REGISTERED';
  const mock: MockLink.MockedResponse = {
    request: {
      query: RegisterEntryQuery,
      variables: (variables) => {
        asked.push(variables as RegisterEntryQueryVariables);
        return true;
      },
    },
    result: {
      data: {
        __typename: 'Query',
        publicRegistrationLookup: { __typename: 'PublicRegistrationLookup', registerNumber: registration?.registerNumber ?? '100004', outcome, registration },
      },
    },
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
    const asked: RegisterEntryQueryVariables[] = [];
    renderWithProviders(<App />, { route: '/register/100004', mocks: [entryMock(entry(), asked)] });

    expect(await explanation()).toBe('De registratie is geldig; de schoolleider moet uiterlijk 1 augustus 2026 geherregistreerd zijn.');
    expect(asked).toEqual([{ registerNumber: '100004', asOf: null }]);
    expect(screen.getByRole('heading', { level: 1, name: 'Anna van Dijk' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Anna van Dijk | Schoolleidersregister PO'));
    expect(within(screen.getByTestId('entry-status')).getByText('Geregistreerd')).toBeTruthy();
    expect(fact('Registernummer')).toBe('100004');
    expect(fact('Titel')).toBe('RDO (Registerdirecteur Onderwijs)');
    expect(fact('Bekwaamheidsniveau')).toBe('vakbekwaam');
    expect(fact('Geregistreerd op')).toBe('1 augustus 2022');
    expect(fact('Herregistratie uiterlijk')).toBe('1 augustus 2026');
    expect(fact('Bestuur')).toBe('Stichting De Linge');
    expect(screen.getByText('Nog geen afgeronde thema’s in deze registratieperiode.')).toBeTruthy();
  });

  it('explains "onder voorwaarden" with the due date and the end of the six months, both from the API', async () => {
    // The end of the conditional months is the API's expiresOn; the page no longer adds six months itself.
    renderWithProviders(<App />, { route: '/register/100004', mocks: [entryMock(entry({ status: 'CONDITIONAL', reRegistrationDue: '2026-08-01', expiresOn: '2027-02-02' }))] });

    expect(await explanation()).toBe(
      'De herregistratie had op 1 augustus 2026 rond moeten zijn; de registratie blijft zes maanden onder voorwaarden geldig, tot 2 februari 2027.',
    );
    expect(within(screen.getByTestId('entry-status')).getByText('Onder voorwaarden')).toBeTruthy();
  });

  it('explains "herregistratie verlopen" and lists the themes of the lapsed period under their own heading', async () => {
    renderWithProviders(<App />, {
      route: '/register/100004',
      mocks: [entryMock(entry({ status: 'EXPIRED', registeredOn: '2015-08-01', periodStartsOn: '2015-08-01', reRegistrationDue: '2019-08-01', expiresOn: '2020-02-01' }))],
    });
    expect(await explanation()).toBe(
      'De herregistratie had op 1 augustus 2019 rond moeten zijn en is niet binnen zes maanden gelukt; de registratie is sinds 1 februari 2020 verlopen.',
    );
    expect(within(screen.getByTestId('entry-status')).getByText('Herregistratie verlopen')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Afgeronde thema’s in de verlopen registratieperiode' })).toBeTruthy();
    expect(screen.queryByText(/in deze registratieperiode/)).toBeNull();
    expect(screen.getByTestId('themes-period').textContent).toBe(
      'De registratieperiode begon op 1 augustus 2015; thema’s afgerond nadat de registratie op 1 februari 2020 verliep, staan hier niet.',
    );
    expect(screen.getByText('In deze periode zijn geen thema’s afgerond.')).toBeTruthy();
  });

  it('shows an aspirant as "Aspirant" with the end of the programme, not as registered with a re-registration date', async () => {
    const aspirant = { registerNumber: '100005', title: 'RADO', aspirant: true, qualificationLevel: null, reRegistrationDue: null, periodStartsOn: '2025-09-01' } as const;
    const { unmount } = renderWithProviders(<App />, {
      route: '/register/100005',
      mocks: [entryMock(entry({ ...aspirant, aspirantUntil: '2027-08-31', expiresOn: '2028-03-01' }))],
    });
    expect(await explanation()).toBe(
      'De schoolleider staat als aspirant ingeschreven: hij of zij volgt een gecertificeerde opleiding voor deze titel, naar verwachting tot en met 31 augustus 2027. Daarna is een volledige registratie nodig.',
    );
    const status = within(screen.getByTestId('entry-status'));
    expect(status.getByText('Aspirant')).toBeTruthy();
    expect(status.queryByText('Geregistreerd')).toBeNull();
    expect(fact('Aspirant tot en met')).toBe('31 augustus 2027');
    expect(screen.queryByText('Herregistratie uiterlijk')).toBeNull();
    expect(fact('Titel')).toBe('aspirant RADO (Registeradjunct-directeur Onderwijs)');
    expect(fact('Bekwaamheidsniveau')).toBe('Nog niet vastgesteld');
    expect(screen.getByRole('heading', { level: 2, name: 'Afgeronde thema’s in de aspirantperiode' })).toBeTruthy();
    expect(screen.getByText('Geen afgeronde thema’s in de aspirantperiode.')).toBeTruthy();
    unmount();

    // Past the programme's end: the aspirant period ended, it is no late re-registration.
    renderWithProviders(<App />, {
      route: '/register/100005',
      mocks: [entryMock(entry({ ...aspirant, status: 'EXPIRED', aspirantUntil: '2023-08-31', expiresOn: '2024-03-01' }))],
    });
    expect(await explanation()).toBe(
      'De aspirantperiode liep tot en met 31 augustus 2023 en is niet binnen zes maanden gevolgd door een volledige registratie; de inschrijving als aspirant is sinds 1 maart 2024 verlopen.',
    );
    expect(within(screen.getByTestId('entry-status')).getByText('Aspirantperiode verlopen')).toBeTruthy();
    expect(screen.queryByText(/herregistratie/i)).toBeNull();
  });

  it('gives a deregistered leader the date of deregistration', async () => {
    renderWithProviders(<App />, {
      route: '/register/100006',
      mocks: [entryMock(entry({ registerNumber: '100006', status: 'DEREGISTERED', deregisteredOn: '2019-01-01', expiresOn: null, boards: [] }))],
    });
    expect(await explanation()).toBe('De schoolleider is op 1 januari 2019 uitgeschreven en staat niet meer als geregistreerd schoolleider in het register.');
    expect(within(screen.getByTestId('entry-status')).getByText('Uitgeschreven')).toBeTruthy();
    expect(fact('Uitgeschreven op')).toBe('1 januari 2019');
    expect(screen.queryByText('Herregistratie uiterlijk')).toBeNull();
    expect(fact('Besturen')).toBe('Geen bestuur bekend');
    expect(screen.getByRole('heading', { level: 2, name: 'Afgeronde thema’s in de laatste registratieperiode' })).toBeTruthy();
  });

  it('lists the completed themes with date and learning route', async () => {
    const completedThemes: Entry['completedThemes'] = [
      { __typename: 'PublicThemeCompletion', completedOn: '2024-05-14', route: 'FORMAL', theme: { __typename: 'PublicThemeRef', code: '1', name: 'Persoonlijk leiderschap' } },
      { __typename: 'PublicThemeCompletion', completedOn: '2025-01-09', route: 'INFORMAL', theme: { __typename: 'PublicThemeRef', code: '8', name: 'Wildcard' } },
    ];
    renderWithProviders(<App />, { route: '/register/100004', mocks: [entryMock(entry({ completedThemes }))] });

    const list = await screen.findByTestId('completed-themes');
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Persoonlijk leiderschap (thema 1): afgerond op 14 mei 2024 via formeel leren',
      'Wildcard (thema 8): afgerond op 9 januari 2025 via informeel leren',
    ]);
    expect(screen.getByRole('heading', { level: 2, name: 'Afgeronde thema’s in deze registratieperiode' })).toBeTruthy();
    expect(screen.getByTestId('themes-period').textContent).toBe('De registratieperiode begon op 1 augustus 2022.');
    expect(screen.queryByText(/Nog geen afgeronde/)).toBeNull();
  });

  it('asks for the date in ?peildatum=, accepts a date typed the Dutch way and puts it in the URL', async () => {
    const asked: RegisterEntryQueryVariables[] = [];
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
    expect(field.value).toBe('31-01-2023');

    fireEvent.change(field, { target: { value: '31-12-2022' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bekijken' }));

    expect(screen.getByTestId('location').textContent).toBe('/register/100004?peildatum=2022-12-31');
    await waitFor(() => expect(asked.at(-1)).toEqual({ registerNumber: '100004', asOf: '2022-12-31' }));
    expect(await screen.findByText('U ziet de registratie zoals die was op 31 december 2022.')).toBeTruthy();

    fireEvent.click(screen.getByRole('link', { name: 'Bekijk de registratie van vandaag' }));
    expect(screen.getByTestId('location').textContent).toBe('/register/100004');
    await waitFor(() => expect(asked.at(-1)).toEqual({ registerNumber: '100004', asOf: null }));
    expect(field.value).toBe('');
  });

  it('reads a Dutch date in the URL too', async () => {
    const asked: RegisterEntryQueryVariables[] = [];
    renderWithProviders(<App />, { route: '/register/100004?peildatum=31-12-2020', mocks: [entryMock(entry(), asked)] });

    await explanation();
    expect(asked[0]).toEqual({ registerNumber: '100004', asOf: '2020-12-31' });
    expect(screen.getByText('U ziet de registratie zoals die was op 31 december 2020.')).toBeTruthy();
  });

  it('does not present a future date as fact: it says so and shows today', async () => {
    const future = addYears(todayInAmsterdam(new Date()), 5);
    const asked: RegisterEntryQueryVariables[] = [];
    renderWithProviders(
      <>
        <App />
        <LocationProbe />
      </>,
      { route: `/register/100004?peildatum=${future}`, mocks: [entryMock(entry({ status: 'EXPIRED' }), asked)] },
    );

    await explanation();
    expect(asked).toEqual([{ registerNumber: '100004', asOf: null }]);
    expect(screen.getByText(/^De peildatum \d{1,2} \p{L}+ \d{4} ligt na vandaag\. Het register toont hoe een registratie is of was, niet hoe die zal zijn/u)).toBeTruthy();
    expect(screen.queryByText(/zoals die was op/)).toBeNull();

    // Typed in the field: refused with the reason, nothing asked.
    const field = screen.getByLabelText('Peildatum') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '01-01-2999' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bekijken' }));
    expect(screen.getByText('Kies vandaag of een eerdere datum: het register toont hoe een registratie is of was, niet hoe die zal zijn.')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe(`/register/100004?peildatum=${future}`);
  });

  it('ignores an impossible date in the URL and says so', async () => {
    const asked: RegisterEntryQueryVariables[] = [];
    renderWithProviders(<App />, { route: '/register/100004?peildatum=2023-02-30', mocks: [entryMock(entry(), asked)] });

    await explanation();
    expect(asked[0]).toEqual({ registerNumber: '100004', asOf: null });
    expect(screen.getByText('De peildatum in het adres is geen bestaande datum; u ziet de registratie van vandaag.')).toBeTruthy();
  });

  it('shows a not-found page for an unknown number, and one clear message for a date before the registration', async () => {
    const { unmount } = renderWithProviders(<App />, { route: '/register/999999', mocks: [entryMock('UNKNOWN_REGISTER_NUMBER')] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Registratie niet gevonden' })).toBeTruthy();
    expect(screen.getByText('Er staat geen schoolleider met registernummer 999999 in het register.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Zoeken in het register' }).getAttribute('href')).toBe('/zoeken');
    await waitFor(() => expect(document.title).toBe('Registratie niet gevonden | Schoolleidersregister PO'));
    unmount();

    renderWithProviders(<App />, { route: '/register/100004?peildatum=2010-01-01', mocks: [entryMock('NOT_REGISTERED_ON_DATE')] });
    expect(await screen.findByText('Registernummer 100004 was op 1 januari 2010 niet geregistreerd.')).toBeTruthy();
    // Not also "not found" and "as it was on": one message.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Registernummer 100004');
    expect(screen.queryByText(/niet gevonden/)).toBeNull();
    expect(screen.queryByText(/zoals die was op/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Bekijken' })).toBeTruthy();
  });

  it('shows an error without internals, with a retry', async () => {
    const failure: MockLink.MockedResponse = { request: { query: RegisterEntryQuery, variables: () => true }, error: new Error('ECONNREFUSED') };
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
