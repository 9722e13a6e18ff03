import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { RegisterStatisticsQuery as StatisticsResult, RegisterStatisticsQueryVariables } from '../gql/graphql';
import { LocationProbe } from '../test/LocationProbe';
import { renderWithProviders } from '../test/renderWithProviders';
import { RegisterStatisticsQuery } from './graphql';
import { StatisticsPage } from './StatisticsPage';

type Statistics = StatisticsResult['registerStatistics'];

const theme = (code: string, name: string) => ({ __typename: 'Theme' as const, id: `t${code}`, code, name });

/** The annual report's 2018 table; the API answers rows in its own order. */
function statistics(asOf = '2018-12-31'): Statistics {
  return {
    __typename: 'RegisterStatistics',
    asOf,
    enrolledLeaders: 8913,
    enrolledBoards: 993,
    registeredLeaders: 7109,
    reRegisteredLeaders: 483,
    leadersWithFormalThemeCompletion: 2797,
    leadersWithInformalThemeCompletion: 251,
    initialDeferrals: { __typename: 'DeferralCounts', requested: 204, granted: 184 },
    reRegistrationDeferrals: { __typename: 'DeferralCounts', requested: 548, granted: 543 },
    byTitle: [
      { __typename: 'TitleCount', title: 'RADO', aspirant: true, count: 13 },
      { __typename: 'TitleCount', title: 'RDO', aspirant: false, count: 5938 },
      { __typename: 'TitleCount', title: 'RDO', aspirant: true, count: 93 },
      { __typename: 'TitleCount', title: 'RADO', aspirant: false, count: 1065 },
    ],
    byStatus: [
      { __typename: 'StatusCount', status: 'ACTIVE', count: 6814 },
      { __typename: 'StatusCount', status: 'CONDITIONAL', count: 253 },
      { __typename: 'StatusCount', status: 'EXPIRED', count: 42 },
      { __typename: 'StatusCount', status: 'DEREGISTERED', count: 120 },
    ],
    themeCompletions: [
      { __typename: 'ThemeCompletionCount', theme: theme('1', 'Persoonlijk leiderschap'), formal: 1200, informal: 80 },
      { __typename: 'ThemeCompletionCount', theme: theme('4', 'Kennis- en kwaliteitsontwikkeling'), formal: 1500, informal: 40 },
      { __typename: 'ThemeCompletionCount', theme: theme('8', 'Wildcard'), formal: 3, informal: 9 },
    ],
    registrationsPerMonth: [
      { __typename: 'MonthlyRegistrations', month: '2018-10-01', registered: 240, registeredTotal: 6600 },
      { __typename: 'MonthlyRegistrations', month: '2018-11-01', registered: 260, registeredTotal: 6860 },
      { __typename: 'MonthlyRegistrations', month: '2018-12-01', registered: 251, registeredTotal: 7109 },
    ],
  };
}

function statisticsMock(asked: RegisterStatisticsQueryVariables[] = []): MockLink.MockedResponse {
  return {
    request: {
      query: RegisterStatisticsQuery,
      variables: (variables) => {
        asked.push(variables as RegisterStatisticsQueryVariables);
        return true;
      },
    },
    result: (variables) => ({ data: { __typename: 'Query', registerStatistics: statistics((variables as RegisterStatisticsQueryVariables).asOf ?? '2026-11-30') } }),
    maxUsageCount: 10,
  };
}

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').map((row) => [...row.children].map((cell) => cell.textContent));

describe('StatisticsPage (public register)', () => {
  it('shows the key figures of a date in Dutch words with thousands separators, and how each is counted', async () => {
    const asked: RegisterStatisticsQueryVariables[] = [];
    renderWithProviders(<StatisticsPage />, { route: '/statistieken?peildatum=2018-12-31', mocks: [statisticsMock(asked)] });

    expect(await screen.findByText('U ziet de cijfers op 31 december 2018.')).toBeTruthy();
    expect(asked[0]).toEqual({ asOf: '2018-12-31' });
    expect(document.title).toBe('Cijfers op 31 december 2018 | Schoolleidersregister PO');
    const figure = (key: string) => screen.getByTestId(`key-figure-${key}`).textContent;
    expect(figure('enrolledLeaders')).toBe('8.913 ingeschreven schoolleiders');
    expect(figure('enrolledBoards')).toBe('993 aangemelde besturen');
    expect(figure('registeredLeaders')).toBe('7.109 schoolleiders beschikken over basiskwalificaties');
    expect(figure('initialDeferrals')).toBe('204 schoolleiders hebben uitstel van registratie gevraagd');
    expect(screen.getByText('Bij 184 is dit (deels) gehonoreerd.')).toBeTruthy();
    expect(figure('reRegisteredLeaders')).toBe('483 schoolleiders zijn geherregistreerd');
    expect(figure('expired')).toBe('42 verlopen registraties');
    expect(figure('conditional')).toBe('253 registraties onder voorwaarden');
    expect(figure('reRegistrationDeferrals')).toBe('548 schoolleiders hebben uitstel van herregistratie gevraagd');
    expect(figure('formal')).toBe('2.797 schoolleiders hebben thema’s afgerond door formeel leren');
    expect(figure('informal')).toBe('251 schoolleiders hebben thema’s afgerond door informeel leren');
    expect(screen.getByText(/^Schoolleiders die op de peildatum ingeschreven zijn en niet uitgeschreven/)).toBeTruthy();
    expect(screen.queryByText(/\d{4}-\d{2}-\d{2}/)).toBeNull();
  });

  it('draws titles, statuses, themes and months, each summarised in words, with a table in the annual report’s order', async () => {
    renderWithProviders(<StatisticsPage />, { route: '/statistieken?peildatum=2018-12-31', mocks: [statisticsMock()] });

    const byTitle = await screen.findByRole('figure', { name: 'Registraties per titel' });
    const headings = screen.getAllByRole('figure').map((figure) => within(figure).getByRole('heading', { level: 2 }).textContent);
    expect(headings).toEqual(['Registraties per titel', 'Registraties per status', 'Afgeronde thema’s per thema', 'Nieuwe registraties per maand', 'Geregistreerde schoolleiders door de tijd']);
    expect(
      within(byTitle).getByText('Op 31 december 2018 beschikten 7.109 schoolleiders over basiskwalificaties: 5.938 RDO, 1.065 RADO, 93 aspirant RDO en 13 aspirant RADO.', { selector: 'p' }),
    ).toBeTruthy();
    fireEvent.click(within(byTitle).getByRole('button', { name: 'Toon als tabel' }));
    expect(rowsOf(within(byTitle).getByRole('table', { name: 'Registraties per titel' }))).toEqual([
      ['Titel', 'Schoolleiders'],
      ['RDO', '5.938'],
      ['RADO', '1.065'],
      ['aspirant RDO', '93'],
      ['aspirant RADO', '13'],
    ]);

    const byStatus = screen.getByRole('figure', { name: 'Registraties per status' });
    expect(
      within(byStatus).getByText('Op 31 december 2018: 6.814 geregistreerd, 253 onder voorwaarden, 42 herregistratie verlopen en 120 uitgeschreven.', { selector: 'p' }),
    ).toBeTruthy();

    const themes = screen.getByRole('figure', { name: 'Afgeronde thema’s per thema' });
    expect(
      within(themes).getByText(
        '2.797 schoolleiders rondden thema’s af door formeel leren, 251 door informeel leren. Het vaakst afgerond: Thema 4: Kennis- en kwaliteitsontwikkeling.',
        { selector: 'p' },
      ),
    ).toBeTruthy();
    fireEvent.click(within(themes).getByRole('button', { name: 'Toon als tabel' }));
    expect(rowsOf(within(themes).getByRole('table'))).toEqual([
      ['Thema', 'Formeel leren', 'Informeel leren'],
      ['Thema 1: Persoonlijk leiderschap', '1.200', '80'],
      ['Thema 4: Kennis- en kwaliteitsontwikkeling', '1.500', '40'],
      ['Thema 8: Wildcard', '3', '9'],
    ]);

    const perMonth = screen.getByRole('figure', { name: 'Nieuwe registraties per maand' });
    expect(
      within(perMonth).getByText('Van oktober 2018 tot en met 31 december 2018 kwamen er 751 geregistreerde schoolleiders bij, gemiddeld 250 per maand.', { selector: 'p' }),
    ).toBeTruthy();
    const total = screen.getByRole('figure', { name: 'Geregistreerde schoolleiders door de tijd' });
    expect(within(total).getByText('Eind oktober 2018: 6.600 geregistreerde schoolleiders; op 31 december 2018: 7.109.', { selector: 'p' })).toBeTruthy();
    fireEvent.click(within(total).getByRole('button', { name: 'Toon als tabel' }));
    expect(rowsOf(within(total).getByRole('table'))).toEqual([
      ['Maand', 'Geregistreerde schoolleiders'],
      ['oktober 2018', '6.600'],
      ['november 2018', '6.860'],
      ['december 2018', '7.109'],
    ]);
  });

  it('puts a date typed the Dutch way in the URL, and goes back to today', async () => {
    const asked: RegisterStatisticsQueryVariables[] = [];
    renderWithProviders(
      <>
        <StatisticsPage />
        <LocationProbe />
      </>,
      { route: '/statistieken', mocks: [statisticsMock(asked)] },
    );

    expect(await screen.findByText('U ziet de cijfers van vandaag, 30 november 2026.')).toBeTruthy();
    expect(asked[0]).toEqual({ asOf: null });
    fireEvent.change(screen.getByLabelText('Peildatum'), { target: { value: '31-12-2018' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bekijken' }));
    expect(screen.getByTestId('location').textContent).toBe('/statistieken?peildatum=2018-12-31');
    expect(await screen.findByText('U ziet de cijfers op 31 december 2018.')).toBeTruthy();
    await waitFor(() => expect(asked.at(-1)).toEqual({ asOf: '2018-12-31' }));

    fireEvent.click(screen.getByRole('link', { name: 'Bekijk de cijfers van vandaag' }));
    expect(screen.getByTestId('location').textContent).toBe('/statistieken');
  });

  it('says so when the date in the URL is unreadable, and shows today', async () => {
    const asked: RegisterStatisticsQueryVariables[] = [];
    renderWithProviders(<StatisticsPage />, { route: '/statistieken?peildatum=2018-02-30', mocks: [statisticsMock(asked)] });
    expect(await screen.findByText('De peildatum in het adres is geen bestaande datum; u ziet de cijfers van vandaag.')).toBeTruthy();
    await screen.findByTestId('key-figures');
    expect(asked[0]).toEqual({ asOf: null });
  });

  it('explains a date before the register’s history instead of failing', async () => {
    const tooEarly: MockLink.MockedResponse = {
      request: { query: RegisterStatisticsQuery, variables: { asOf: '1999-12-31' } },
      result: {
        errors: [new GraphQLError('Statistieken zijn er vanaf 1 januari 2000; kies een latere peildatum.', { extensions: { code: 'BAD_USER_INPUT', reason: 'DATE_OUT_OF_RANGE' } })],
      },
    };
    renderWithProviders(<StatisticsPage />, { route: '/statistieken?peildatum=31-12-1999', mocks: [tooEarly] });
    expect(await screen.findByText(/^Voor deze peildatum zijn er geen cijfers/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).toBeNull();
  });

  it('speaks English when the visitor chose English', async () => {
    renderWithProviders(<StatisticsPage />, { route: '/statistieken?peildatum=2018-12-31', mocks: [statisticsMock()], language: 'en' });
    expect(await screen.findByText('You are viewing the figures on December 31, 2018.')).toBeTruthy();
    expect(screen.getByTestId('key-figure-enrolledLeaders').textContent).toBe('8,913 enrolled school leaders');
    expect(screen.getByRole('figure', { name: 'Registrations by title' })).toBeTruthy();
  });
});
