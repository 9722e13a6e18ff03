import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ThemeProgressFieldsFragment } from '../gql/graphql';
import { renderWithProviders } from '../test/renderWithProviders';
import { CertifiedOfferingsQuery, WhatIfReRegistrationQuery } from './graphql';
import { ThemeTiles } from './ThemeTiles';
import { WhatIfPanel } from './WhatIfPanel';

const ref = (code: string, name: string) => ({ __typename: 'ThemeRef' as const, code, name });

function offering(id: string, title: string, themes: [string, string][]) {
  return {
    __typename: 'OfferingEdge',
    node: {
      __typename: 'PublicOffering',
      id,
      title,
      owner: { __typename: 'PublicOfferingOwner', name: 'Academie voor Schoolleiderschap' },
      themes: themes.map(([code, name]) => ({ __typename: 'PublicThemeRef', code, name })),
      subthemes: [],
    },
  };
}

const CATALOGUE: MockLink.MockedResponse = {
  request: { query: CertifiedOfferingsQuery, variables: { query: null, first: 20 } },
  result: {
    data: {
      __typename: 'Query',
      certifiedOfferings: {
        __typename: 'OfferingConnection',
        totalCount: 2,
        edges: [
          offering('o1', 'Persoonlijk leiderschap en regie', [
            ['1', 'Persoonlijk leiderschap'],
            ['2', 'Regie & strategie'],
          ]),
          offering('o2', 'Veranderen met het team', [['6', 'Leiding geven aan verandering']]),
        ],
      },
    },
  },
};

type Item = ThemeProgressFieldsFragment['themes'][number];

const PROGRESS: ThemeProgressFieldsFragment = {
  __typename: 'ThemeProgress',
  periodStartsOn: '2022-09-01',
  dueDate: '2026-09-01',
  themes: [
    { __typename: 'ThemeProgressItem', completed: true, completedOn: '2026-03-02', route: 'FORMAL', basis: 'WHOLE_THEME', informalSource: null, theme: ref('1', 'Persoonlijk leiderschap'), coveredSubthemes: [], missingSubthemes: [] },
    { __typename: 'ThemeProgressItem', completed: true, completedOn: '2026-03-02', route: 'FORMAL', basis: 'WHOLE_THEME', informalSource: null, theme: ref('2', 'Regie & strategie'), coveredSubthemes: [], missingSubthemes: [] },
    {
      __typename: 'ThemeProgressItem',
      completed: false,
      completedOn: null,
      route: null,
      basis: null,
      informalSource: null,
      theme: ref('4', 'Kennis- en kwaliteitsontwikkeling'),
      coveredSubthemes: [ref('4.1', 'Data')],
      missingSubthemes: [ref('4.2', 'Kwaliteitszorg')],
    },
    { __typename: 'ThemeProgressItem', completed: false, completedOn: null, route: null, basis: null, informalSource: null, theme: ref('5', 'Omgaan met verschillen'), coveredSubthemes: [], missingSubthemes: [] },
  ],
  evaluation: {
    __typename: 'ReRegistrationEvaluation',
    eligible: true,
    route: 'THEMES',
    themesCompleted: 3,
    themesMissing: 0,
    themesRequired: 3,
    nextDueDate: '2030-09-01',
    newLevel: null,
    expiresOn: '2027-03-01',
    reasons: [],
    explanation: ['Drie verschillende thema’s zijn afgerond in de periode.'],
  },
};

describe('WhatIfPanel', () => {
  it('asks for a choice first, then shows whether the chosen offerings would make the leader eligible', async () => {
    const whatIf: MockLink.MockedResponse = {
      request: { query: WhatIfReRegistrationQuery, variables: { offeringIds: ['o1'] } },
      result: { data: { __typename: 'Query', whatIfReRegistration: PROGRESS } },
    };
    renderWithProviders(<WhatIfPanel />, { mocks: [CATALOGUE, whatIf] });

    const offerings = await screen.findByTestId('what-if-offerings');
    expect(within(offerings).getByText('Telt voor: 1. Persoonlijk leiderschap, 2. Regie & strategie')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Bereken' }));
    expect(screen.getByRole('alert').textContent).toBe('Kies eerst minstens één aanbod.');

    fireEvent.click(within(offerings).getByRole('checkbox', { name: /Persoonlijk leiderschap en regie/ }));
    expect(screen.getByText(/1 gekozen/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Bereken' }));

    const result = await screen.findByTestId('what-if-result');
    expect(result.getAttribute('data-eligible')).toBe('true');
    // The outcome has the focus after "Bereken".
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('what-if-outcome')));
    expect(result.textContent).toContain('Daarmee voldoet u aan de eisen voor herregistratie.');
    expect(result.textContent).toContain('Route: drie thema’s');
    expect(result.textContent).toContain('3 van 3 thema’s afgerond.');
    expect(result.textContent).not.toContain('nog 0');
    expect(within(result).queryByTestId('evaluation-reasons')).toBeNull();
  });
});

describe('ThemeTiles', () => {
  it('shows each theme as completed (Dutch date, how), partly (missing subthemes) or open', () => {
    renderWithProviders(<ThemeTiles themes={PROGRESS.themes} label="De acht thema’s" />);
    const tiles = screen.getAllByTestId('theme-tile').map((tile) => [tile.getAttribute('data-theme-state'), tile.textContent]);
    expect(tiles).toEqual([
      ['completed', '1. Persoonlijk leiderschapAfgerond op 2 maart 2026 (formeel leren, heel thema)'],
      ['completed', '2. Regie & strategieAfgerond op 2 maart 2026 (formeel leren, heel thema)'],
      ['partly', '4. Kennis- en kwaliteitsontwikkelingDeels afgerond; nog nodig: 4.2 Kwaliteitszorg'],
      ['open', '5. Omgaan met verschillenNog niet afgerond'],
    ]);
  });

  it('names the source of a theme completed through informal learning: the assessor organisation, or the peer-validation session', () => {
    const informal = (code: string, name: string, completedOn: string, informalSource: Item['informalSource']): Item => ({
      __typename: 'ThemeProgressItem',
      completed: true,
      completedOn,
      route: 'INFORMAL',
      basis: 'INFORMAL_VALIDATION',
      informalSource,
      theme: ref(code, name),
      coveredSubthemes: [],
      missingSubthemes: [],
    });
    const themes = [
      informal('3', 'In relatie staan tot de omgeving', '2026-02-12', { __typename: 'InformalValidationSource', method: 'PORTFOLIO', organisationName: 'Assessoren Noord' }),
      informal('8', 'Wildcard', '2026-03-05', { __typename: 'InformalValidationSource', method: 'PEER_VALIDATION', organisationName: null }),
    ];
    renderWithProviders(<ThemeTiles themes={themes} label="De acht thema’s" />);
    expect(screen.getAllByTestId('theme-tile').map((tile) => tile.textContent)).toEqual([
      '3. In relatie staan tot de omgevingAfgerond op 12 februari 2026 (informeel leren, portfolio gevalideerd door Assessoren Noord)',
      '8. WildcardAfgerond op 5 maart 2026 (informeel leren, intervisie “Schoolleiders waarderen schoolleiders”)',
    ]);
  });
});
