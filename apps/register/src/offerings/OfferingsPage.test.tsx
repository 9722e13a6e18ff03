import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CertifiedOfferingsQuery as CatalogueResult, CertifiedOfferingsQueryVariables } from '../gql/graphql';
import { LocationProbe } from '../test/LocationProbe';
import { renderWithProviders } from '../test/renderWithProviders';
import { CertifiedOfferingsQuery, OfferingThemeOptionsQuery } from './graphql';
import { OfferingsPage } from './OfferingsPage';

type Offering = CatalogueResult['certifiedOfferings']['edges'][number]['node'];

function offering(overrides: Partial<Offering> & Pick<Offering, 'id' | 'title'>): Offering {
  return {
    __typename: 'PublicOffering',
    kind: 'COURSE',
    leadsToLevel: null,
    description: 'Een beschrijving.',
    hours: null,
    learningGoals: '',
    programme: '',
    priceCents: null,
    owner: { __typename: 'PublicOfferingOwner', name: 'Academie voor Schoolleiderschap', website: null },
    certifiedFrom: '2023-05-01',
    certifiedUntil: '2029-04-30',
    themes: [],
    subthemes: [],
    upcomingExecutions: [],
    ...overrides,
  };
}

const ref = (code: string, name: string) => ({ __typename: 'PublicThemeRef' as const, code, name });

const leadership = offering({
  id: 'o1',
  title: 'Persoonlijk leiderschap en regie',
  hours: 32,
  description: 'Vier bijeenkomsten over eigen leiderschap en strategische regie.',
  learningGoals: 'U geeft vanuit eigen waarden richting aan de school.',
  programme: 'Vier dagdelen, tussendoor intervisie.',
  priceCents: 89550,
  owner: { __typename: 'PublicOfferingOwner', name: 'Academie voor Schoolleiderschap', website: 'https://academie.example.nl' },
  themes: [ref('1', 'Persoonlijk leiderschap'), ref('2', 'Regie & strategie')],
  upcomingExecutions: [
    { __typename: 'PublicExecution', id: 'e1', startsOn: '2026-03-12', endsOn: '2026-03-13', location: 'Utrecht', online: false, capacity: 20 },
    { __typename: 'PublicExecution', id: 'e2', startsOn: '2026-06-02', endsOn: '2026-06-02', location: null, online: true, capacity: 1 },
    { __typename: 'PublicExecution', id: 'e3', startsOn: '2026-09-01', endsOn: '2026-09-02', location: 'Zwolle', online: true, capacity: null },
  ],
});
const data = offering({
  id: 'o2',
  title: 'Werken met data en kwaliteitszorg',
  owner: { __typename: 'PublicOfferingOwner', name: 'Bureau Onderwijsontwikkeling', website: null },
  subthemes: [ref('4.1', 'Onderzoekend vermogen en data gebruiken'), ref('4.2', 'Kwaliteitszorg en verantwoording')],
});
const programme = offering({ id: 'o3', title: 'Opleiding schoolleider basisbekwaam', kind: 'BASIC_PROGRAMME', leadsToLevel: 'BASISBEKWAAM', hours: 400 });

function page(nodes: Offering[], { totalCount = nodes.length, hasNextPage = false, endCursor = null as string | null } = {}): CatalogueResult {
  return {
    __typename: 'Query',
    certifiedOfferings: {
      __typename: 'OfferingConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      edges: nodes.map((node) => ({ __typename: 'OfferingEdge', cursor: `c-${node.id}`, node })),
    },
  };
}

/** A mock answering when the variables satisfy `match`; records the variables it was asked with. */
function catalogueMock(match: (variables: CertifiedOfferingsQueryVariables) => boolean, result: CatalogueResult, asked: CertifiedOfferingsQueryVariables[] = []) {
  const mock: MockLink.MockedResponse = {
    request: {
      query: CertifiedOfferingsQuery,
      variables: (variables) => {
        if (!match(variables as CertifiedOfferingsQueryVariables)) return false;
        asked.push(variables as CertifiedOfferingsQueryVariables);
        return true;
      },
    },
    result: { data: result },
    maxUsageCount: 10,
  };
  return mock;
}

const themeOptions: MockLink.MockedResponse = {
  request: { query: OfferingThemeOptionsQuery, variables: () => true },
  result: {
    data: {
      themes: [
        { __typename: 'Theme', id: 't1', code: '1', name: 'Persoonlijk leiderschap' },
        { __typename: 'Theme', id: 't4', code: '4', name: 'Kennis- en kwaliteitsontwikkeling' },
      ],
    },
  },
  maxUsageCount: 10,
};

function card(title: string) {
  const item = screen.getByRole('heading', { level: 2, name: title }).closest('li');
  if (!item) throw new Error(`no card for ${title}`);
  return within(item);
}

function status() {
  return screen.getByTestId('offerings-status').textContent;
}

function themeSelect() {
  return screen.getByRole('combobox', { name: 'Thema' }) as HTMLSelectElement;
}

describe('OfferingsPage (public catalogue)', () => {
  it('lists every certified offering when the URL has no filters', async () => {
    const asked: CertifiedOfferingsQueryVariables[] = [];
    renderWithProviders(<OfferingsPage />, { route: '/aanbod', mocks: [themeOptions, catalogueMock(() => true, page([leadership, data, programme]), asked)] });

    expect(screen.getByRole('heading', { level: 1, name: 'Gecertificeerd aanbod' })).toBeTruthy();
    await waitFor(() => expect(status()).toBe('3 resultaten'));
    expect(asked[0]).toEqual({ themeCode: null, query: null, first: 20 });
    expect(screen.getAllByTestId('offering')).toHaveLength(3);
    await waitFor(() => expect(document.title).toBe('Gecertificeerd aanbod | Schoolleidersregister PO'));
  });

  it('asks for the theme and words in the URL, and shows them in the form', async () => {
    const asked: CertifiedOfferingsQueryVariables[] = [];
    renderWithProviders(<OfferingsPage />, { route: '/aanbod?thema=4&q=data', mocks: [themeOptions, catalogueMock(() => true, page([data]), asked)] });

    await waitFor(() => expect(status()).toBe('1 resultaat'));
    expect(asked[0]).toEqual({ themeCode: '4', query: 'data', first: 20 });
    expect((screen.getByRole('searchbox', { name: 'Zoekwoorden' }) as HTMLInputElement).value).toBe('data');
    await waitFor(() => expect(themeSelect().selectedOptions[0]?.textContent).toBe('Thema 4: Kennis- en kwaliteitsontwikkeling'));
  });

  it('shows kind, provider, certified themes and subthemes, the certification period and upcoming executions', async () => {
    renderWithProviders(<OfferingsPage />, { route: '/aanbod', mocks: [themeOptions, catalogueMock(() => true, page([leadership, data, programme]))] });
    await screen.findByRole('heading', { level: 2, name: 'Persoonlijk leiderschap en regie' });

    const course = card('Persoonlijk leiderschap en regie');
    expect(course.getByTestId('offering-kind').textContent).toBe('Cursus · 32 uur');
    expect(course.getByRole('link', { name: 'Academie voor Schoolleiderschap (website)' }).getAttribute('href')).toBe('https://academie.example.nl');
    expect(within(course.getByTestId('offering-credits')).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Thema 1: Persoonlijk leiderschap',
      'Thema 2: Regie & strategie',
    ]);
    expect(course.getByText('1 mei 2023 tot en met 30 april 2029')).toBeTruthy();
    expect(course.getByText('U geeft vanuit eigen waarden richting aan de school.')).toBeTruthy();
    expect(course.getByText('Vier dagdelen, tussendoor intervisie.')).toBeTruthy();
    expect(course.getByText(/^€\s?895,50 per deelnemer, inclusief btw$/)).toBeTruthy();
    expect(course.getByRole('heading', { level: 3, name: 'Komende uitvoeringen' })).toBeTruthy();
    expect(course.getAllByTestId('offering-execution').map((item) => item.textContent)).toEqual([
      '12 maart 2026 tot en met 13 maart 2026: Utrecht, 20 plaatsen',
      '2 juni 2026: online, 1 plaats',
      '1 september 2026 tot en met 2 september 2026: Zwolle en online',
    ]);

    const bySubthemes = card('Werken met data en kwaliteitszorg');
    expect(bySubthemes.queryByRole('link')).toBeNull();
    expect(bySubthemes.getByText('Bureau Onderwijsontwikkeling')).toBeTruthy();
    expect(within(bySubthemes.getByTestId('offering-credits')).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Deelthema 4.1: Onderzoekend vermogen en data gebruiken',
      'Deelthema 4.2: Kwaliteitszorg en verantwoording',
    ]);
    expect(bySubthemes.getByText('Er zijn nu geen uitvoeringen gepland.')).toBeTruthy();
    // Without learning goals, programme or price, those facts are left out rather than shown empty.
    expect(bySubthemes.queryByText('Leerdoelen')).toBeNull();
    expect(bySubthemes.queryByText('Prijs')).toBeNull();

    const basic = card('Opleiding schoolleider basisbekwaam');
    expect(basic.getByTestId('offering-kind').textContent).toBe('Schoolleidersopleiding · leidt tot basisbekwaam · 400 uur');
    expect(basic.getByText('Geen professionaliseringsthema’s')).toBeTruthy();
  });

  it('filters on a theme as soon as it is chosen and on words when submitted, in the URL', async () => {
    const asked: CertifiedOfferingsQueryVariables[] = [];
    renderWithProviders(
      <>
        <OfferingsPage />
        <LocationProbe />
      </>,
      {
        route: '/aanbod',
        mocks: [
          themeOptions,
          catalogueMock((variables) => !variables.themeCode, page([leadership, data]), asked),
          catalogueMock((variables) => variables.themeCode === '4', page([data]), asked),
        ],
      },
    );
    await waitFor(() => expect(status()).toBe('2 resultaten'));
    await screen.findByRole('option', { name: 'Thema 4: Kennis- en kwaliteitsontwikkeling' });

    fireEvent.change(themeSelect(), { target: { value: '4' } });
    expect(screen.getByTestId('location').textContent).toBe('/aanbod?thema=4');
    await waitFor(() => expect(status()).toBe('1 resultaat'));
    expect(screen.getAllByTestId('offering').map((item) => item.getAttribute('data-subtheme-codes'))).toEqual(['4.1 4.2']);

    const box = screen.getByRole('searchbox', { name: 'Zoekwoorden' });
    fireEvent.change(box, { target: { value: ' kwaliteit ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(screen.getByTestId('location').textContent).toBe('/aanbod?thema=4&q=kwaliteit');
    await waitFor(() => expect(asked.at(-1)).toEqual({ themeCode: '4', query: 'kwaliteit', first: 20 }));
  });

  it('says so when nothing is certified for the filters, with a way back to everything', async () => {
    renderWithProviders(<OfferingsPage />, { route: '/aanbod?thema=8&q=xyz', mocks: [themeOptions, catalogueMock(() => true, page([]))] });

    await waitFor(() => expect(status()).toBe('Geen gecertificeerd aanbod gevonden'));
    expect(screen.queryAllByTestId('offering')).toHaveLength(0);
    expect(screen.getByText(/Kies een ander thema/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Toon al het gecertificeerde aanbod' }).getAttribute('href')).toBe('/aanbod');
    // A theme code the list does not know stays visible as chosen.
    await waitFor(() => expect(themeSelect().selectedOptions[0]?.textContent).toBe('Thema 8'));
  });

  it('loads more results after the last cursor and moves focus to the first new one', async () => {
    const asked: CertifiedOfferingsQueryVariables[] = [];
    renderWithProviders(<OfferingsPage />, {
      route: '/aanbod',
      mocks: [
        themeOptions,
        catalogueMock((variables) => !variables.after, page([leadership, data], { totalCount: 3, hasNextPage: true, endCursor: 'cursor-2' }), asked),
        catalogueMock((variables) => variables.after === 'cursor-2', page([programme], { totalCount: 3, endCursor: 'cursor-3' }), asked),
      ],
    });
    await waitFor(() => expect(status()).toBe('3 resultaten, 2 getoond'));

    fireEvent.click(screen.getByRole('button', { name: 'Meer resultaten' }));

    await screen.findByRole('heading', { level: 2, name: 'Opleiding schoolleider basisbekwaam' });
    expect(asked.at(-1)).toMatchObject({ after: 'cursor-2', first: 20 });
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Persoonlijk leiderschap en regie',
      'Werken met data en kwaliteitszorg',
      'Opleiding schoolleider basisbekwaam',
    ]);
    expect(status()).toBe('3 resultaten');
    expect(screen.queryByRole('button', { name: 'Meer resultaten' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Opleiding schoolleider basisbekwaam' })));
  });

  it('shows an error without internals, with a retry', async () => {
    const failure: MockLink.MockedResponse = { request: { query: CertifiedOfferingsQuery, variables: () => true }, error: new Error('socket hang up') };
    renderWithProviders(<OfferingsPage />, { route: '/aanbod', mocks: [themeOptions, failure, catalogueMock(() => true, page([data]))] });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Het aanbod kon niet worden geladen.');
    expect(alert.textContent).not.toContain('socket');
    fireEvent.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    await screen.findByRole('heading', { level: 2, name: 'Werken met data en kwaliteitszorg' });
  });

  it('speaks English when English is chosen', async () => {
    renderWithProviders(<OfferingsPage />, { route: '/aanbod', mocks: [themeOptions, catalogueMock(() => true, page([leadership, programme]))], language: 'en' });

    expect(screen.getByRole('heading', { level: 1, name: 'Certified offerings' })).toBeTruthy();
    await waitFor(() => expect(status()).toBe('2 results'));
    expect(card('Persoonlijk leiderschap en regie').getByTestId('offering-kind').textContent).toBe('Course · 32 hours');
    expect(card('Opleiding schoolleider basisbekwaam').getByTestId('offering-kind').textContent).toBe('School-leader programme · leads to basisbekwaam · 400 hours');
    expect(card('Persoonlijk leiderschap en regie').getAllByTestId('offering-execution')[1]?.textContent).toBe('June 2, 2026: online, 1 place');
  });
});
