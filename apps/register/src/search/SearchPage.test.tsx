import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SearchRegisterQuery as SearchResult, SearchRegisterQueryVariables } from '../gql/graphql';
import { LocationProbe } from '../test/LocationProbe';
import { renderWithProviders } from '../test/renderWithProviders';
import { SearchRegisterQuery } from './graphql';
import { SearchPage } from './SearchPage';

type Node = SearchResult['searchRegister']['edges'][number]['node'];

function node(overrides: Partial<Node> & Pick<Node, 'registerNumber' | 'displayName'>): Node {
  return {
    __typename: 'PublicRegistration',
    title: 'RDO',
    aspirant: false,
    status: 'ACTIVE',
    reRegistrationDue: '2027-08-01',
    aspirantUntil: null,
    boards: [],
    ...overrides,
  };
}

function page(nodes: Node[], { totalCount = nodes.length, hasNextPage = false, endCursor = null as string | null } = {}): SearchResult {
  return {
    __typename: 'Query',
    searchRegister: {
      __typename: 'PublicRegistrationConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      edges: nodes.map((entry) => ({ __typename: 'PublicRegistrationEdge', cursor: `c-${entry.registerNumber}`, node: entry })),
    },
  };
}

/** A mock answering when the variables satisfy `match`; records the variables it was asked with. */
function searchMock(match: (variables: SearchRegisterQueryVariables) => boolean, data: SearchResult, asked: SearchRegisterQueryVariables[] = []) {
  const mock: MockLink.MockedResponse = {
    request: {
      query: SearchRegisterQuery,
      variables: (variables) => {
        if (!match(variables as SearchRegisterQueryVariables)) return false;
        asked.push(variables as SearchRegisterQueryVariables);
        return true;
      },
    },
    result: { data },
    maxUsageCount: 10,
  };
  return mock;
}

const vanDijk = node({
  registerNumber: '100004',
  displayName: 'Anna van Dijk',
  status: 'CONDITIONAL',
  reRegistrationDue: '2026-08-01',
  boards: [
    { __typename: 'PublicBoard', name: 'Stichting Primair Onderwijs Utrecht' },
    { __typename: 'PublicBoard', name: 'Stichting De Linge' },
  ],
});
const dijkman = node({ registerNumber: '100123', displayName: 'Bas Dïjkman', title: 'RADO', status: 'EXPIRED', reRegistrationDue: '2025-01-15' });
const aspirant = node({ registerNumber: '100200', displayName: 'Cem Dijkstra', aspirant: true, reRegistrationDue: null, aspirantUntil: '2027-08-31' });
const deregistered = node({ registerNumber: '100201', displayName: 'Dirk van Dijk', status: 'DEREGISTERED' });

function results() {
  return screen.getAllByTestId('search-result');
}

function result(name: string) {
  const item = screen.getByRole('link', { name }).closest('li');
  if (!item) throw new Error(`no result ${name}`);
  return within(item);
}

describe('SearchPage', () => {
  it('searches what the URL asks for and shows name, title, status, due date and boards', async () => {
    const asked: SearchRegisterQueryVariables[] = [];
    renderWithProviders(<SearchPage />, {
      route: '/zoeken?q=dijk&status=CONDITIONAL&status=EXPIRED&titel=RDO&titel=RADO',
      mocks: [searchMock(() => true, page([vanDijk, dijkman, aspirant, deregistered]), asked)],
    });

    expect(screen.getByRole('heading', { level: 1, name: 'Zoeken in het register' })).toBeTruthy();
    expect((screen.getByRole('searchbox', { name: 'Naam of registernummer' }) as HTMLInputElement).value).toBe('dijk');
    expect((screen.getByRole('checkbox', { name: 'Onder voorwaarden' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Geregistreerd' }) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByTestId('search-status').textContent).toBe('Bezig met zoeken…');

    await screen.findByRole('link', { name: 'Anna van Dijk' });
    expect(asked[0]).toEqual({ query: 'dijk', status: ['CONDITIONAL', 'EXPIRED'], title: ['RDO', 'RADO'], first: 20 });
    expect(screen.getByRole('status').textContent).toBe('4 schoolleiders gevonden');
    await waitFor(() => expect(document.title).toBe('Zoeken naar “dijk” | Schoolleidersregister PO'));

    const anna = result('Anna van Dijk');
    expect(screen.getByRole('link', { name: 'Anna van Dijk' }).getAttribute('href')).toBe('/register/100004');
    expect(anna.getByText('RDO')).toBeTruthy();
    expect(anna.getByText('Onder voorwaarden')).toBeTruthy();
    expect(anna.getByText('Herregistratie uiterlijk 1 augustus 2026')).toBeTruthy();
    expect(anna.getByText('Besturen: Stichting Primair Onderwijs Utrecht, Stichting De Linge')).toBeTruthy();
    expect(anna.getByText('Registernummer 100004')).toBeTruthy();

    const bas = result('Bas Dïjkman');
    expect(bas.getByText('RADO')).toBeTruthy();
    expect(bas.getByText('Herregistratie verlopen')).toBeTruthy();
    expect(bas.queryByText(/^Bestuur/)).toBeNull();

    const cem = result('Cem Dijkstra');
    expect(cem.getByText('aspirant RDO')).toBeTruthy();
    // An aspirant has their own chip and the programme's end, not "Geregistreerd" and a re-registration date.
    expect(cem.getByText('Aspirant')).toBeTruthy();
    expect(cem.queryByText('Geregistreerd')).toBeNull();
    expect(cem.getByText('Aspirant tot en met 31 augustus 2027')).toBeTruthy();
    expect(cem.queryByText(/Herregistratie uiterlijk/)).toBeNull();

    const dirk = result('Dirk van Dijk');
    expect(dirk.getByText('Uitgeschreven')).toBeTruthy();
    expect(dirk.queryByText(/Herregistratie uiterlijk/)).toBeNull();
  });

  it('asks nothing until there is something to search, then puts the search in the URL', async () => {
    const asked: SearchRegisterQueryVariables[] = [];
    renderWithProviders(
      <>
        <SearchPage />
        <LocationProbe />
      </>,
      { route: '/zoeken', mocks: [searchMock(() => true, page([vanDijk]), asked)] },
    );

    expect(screen.getByText('Vul een naam of registernummer in, of kies een status of titel.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryAllByTestId('search-result')).toHaveLength(0);

    fireEvent.change(screen.getByRole('searchbox', { name: 'Naam of registernummer' }), { target: { value: '  van dijk ' } });
    expect(asked).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));

    expect(screen.getByTestId('location').textContent).toBe('/zoeken?q=van+dijk');
    await screen.findByRole('link', { name: 'Anna van Dijk' });
    expect(asked).toEqual([{ query: 'van dijk', status: null, title: null, first: 20 }]);
    expect(screen.getByRole('status').textContent).toBe('1 schoolleider gevonden');
    // Focus moves to the (announced) result count, so the visitor lands on the results.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('status')));
  });

  it('applies a status filter at once, together with the text in the box', async () => {
    const asked: SearchRegisterQueryVariables[] = [];
    renderWithProviders(
      <>
        <SearchPage />
        <LocationProbe />
      </>,
      {
        route: '/zoeken?q=dijk',
        mocks: [
          searchMock((variables) => variables.status === null, page([vanDijk, dijkman]), asked),
          searchMock((variables) => variables.status !== null, page([vanDijk]), asked),
        ],
      },
    );
    await screen.findByRole('link', { name: 'Bas Dïjkman' });

    const checkbox = screen.getByRole('checkbox', { name: 'Onder voorwaarden' });
    checkbox.focus();
    fireEvent.click(checkbox);

    expect(screen.getByTestId('location').textContent).toBe('/zoeken?q=dijk&status=CONDITIONAL');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Bas Dïjkman' })).toBeNull());
    await screen.findByRole('link', { name: 'Anna van Dijk' });
    expect(asked.at(-1)).toMatchObject({ query: 'dijk', status: ['CONDITIONAL'], title: null });
    // A filter keeps the focus where the visitor is.
    expect(document.activeElement).toBe(checkbox);
  });

  it('follows the URL back to the previous search', async () => {
    renderWithProviders(
      <>
        <SearchPage />
        <LocationProbe />
      </>,
      {
        route: '/zoeken?q=dijk',
        mocks: [
          searchMock((variables) => variables.query === 'dijk', page([vanDijk, dijkman])),
          searchMock((variables) => variables.query === 'dijkman', page([dijkman])),
        ],
      },
    );
    await screen.findByRole('link', { name: 'Anna van Dijk' });
    const box = screen.getByRole('searchbox', { name: 'Naam of registernummer' }) as HTMLInputElement;
    fireEvent.change(box, { target: { value: 'dijkman' } });
    fireEvent.submit(box.form as HTMLFormElement);
    await waitFor(() => expect(results()).toHaveLength(1));

    fireEvent.click(screen.getByRole('button', { name: 'test: back' }));

    expect(screen.getByTestId('location').textContent).toBe('/zoeken?q=dijk');
    expect(box.value).toBe('dijk');
    await waitFor(() => expect(results()).toHaveLength(2));
  });

  it('loads more results after the last cursor, appends them and moves focus to the first new one', async () => {
    const asked: SearchRegisterQueryVariables[] = [];
    renderWithProviders(<SearchPage />, {
      route: '/zoeken?q=dijk',
      mocks: [
        searchMock((variables) => !variables.after, page([vanDijk, dijkman], { totalCount: 3, hasNextPage: true, endCursor: 'cursor-2' }), asked),
        searchMock((variables) => variables.after === 'cursor-2', page([aspirant], { totalCount: 3, hasNextPage: false, endCursor: 'cursor-3' }), asked),
      ],
    });
    await screen.findByRole('link', { name: 'Anna van Dijk' });
    expect(screen.getByRole('status').textContent).toBe('3 schoolleiders gevonden, 2 getoond');

    fireEvent.click(screen.getByRole('button', { name: 'Meer resultaten' }));

    await screen.findByRole('link', { name: 'Cem Dijkstra' });
    expect(asked.at(-1)).toMatchObject({ query: 'dijk', after: 'cursor-2' });
    expect(results().map((item) => within(item).getByRole('link').textContent)).toEqual(['Anna van Dijk', 'Bas Dïjkman', 'Cem Dijkstra']);
    expect(screen.getByRole('status').textContent).toBe('3 schoolleiders gevonden');
    expect(screen.queryByRole('button', { name: 'Meer resultaten' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Cem Dijkstra' })));
  });

  it('says so when nothing is found', async () => {
    renderWithProviders(<SearchPage />, { route: '/zoeken?q=xyz', mocks: [searchMock(() => true, page([]))] });

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Geen schoolleiders gevonden'));
    expect(screen.getByText(/Controleer de spelling/)).toBeTruthy();
  });

  it('shows an error without internals, with a retry', async () => {
    const failure: MockLink.MockedResponse = { request: { query: SearchRegisterQuery, variables: () => true }, error: new Error('socket hang up') };
    renderWithProviders(<SearchPage />, { route: '/zoeken?q=dijk', mocks: [failure, searchMock(() => true, page([vanDijk]))] });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Het zoeken is mislukt.');
    expect(alert.textContent).not.toContain('socket');
    fireEvent.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    await screen.findByRole('link', { name: 'Anna van Dijk' });
  });

  it('speaks English when English is chosen', async () => {
    renderWithProviders(<SearchPage />, { route: '/zoeken?q=dijk', mocks: [searchMock(() => true, page([vanDijk]))], language: 'en' });

    await screen.findByRole('link', { name: 'Anna van Dijk' });
    expect(screen.getByRole('status').textContent).toBe('1 school leader found');
    expect(result('Anna van Dijk').getByText('Registered under conditions')).toBeTruthy();
    expect(result('Anna van Dijk').getByText('Re-registration due August 1, 2026')).toBeTruthy();
  });
});
