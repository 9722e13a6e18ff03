import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ApplicationKind, ApplicationStatus } from '../gql/graphql';
import { renderWithProviders } from '../test/renderWithProviders';
import { ApplicationQueue } from './ApplicationQueue';
import { ApplicationCountsQuery, ApplicationQueueQuery } from './graphql';

const counts: MockLink.MockedResponse = {
  request: { query: ApplicationCountsQuery },
  result: {
    data: {
      applicationCounts: [
        { __typename: 'ApplicationStatusCount', status: 'SUBMITTED', count: 3 },
        { __typename: 'ApplicationStatusCount', status: 'COMPLETE', count: 2 },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function row(id: string, name: string, status: ApplicationStatus, kind: ApplicationKind = 'INITIAL') {
  return {
    __typename: 'ApplicationEdge',
    cursor: `c-${id}`,
    node: {
      __typename: 'Application',
      id,
      kind,
      status,
      submittedAt: '2026-10-01T09:30:00.000Z',
      version: 1,
      leader: { __typename: 'LeaderSummary', id: `l-${id}`, displayName: name, registerNumber: `1000${id}` },
      meeting: null,
    },
  };
}

function queue(variables: { status: ApplicationStatus[] | null; kind: ApplicationKind[] | null }, rows: ReturnType<typeof row>[]): MockLink.MockedResponse {
  return {
    request: { query: ApplicationQueueQuery, variables: { ...variables, first: 25, after: null } },
    result: {
      data: {
        applications: {
          __typename: 'ApplicationConnection',
          totalCount: rows.length,
          pageInfo: { __typename: 'PageInfo', endCursor: rows.at(-1)?.cursor ?? null, hasNextPage: false },
          edges: rows,
        },
      },
    },
  };
}

async function names(): Promise<string[]> {
  const grid = await screen.findByRole('grid', { name: 'Aanvragen' });
  return within(grid)
    .queryAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('ApplicationQueue', () => {
  it('shows the counts per status as filter chips and asks the API for the chosen status', async () => {
    renderWithProviders(<ApplicationQueue />, {
      mocks: [
        counts,
        queue({ status: null, kind: null }, [row('1', 'Jan van Dijk', 'SUBMITTED'), row('2', 'Els de Vries', 'COMPLETE')]),
        queue({ status: ['COMPLETE'], kind: null }, [row('2', 'Els de Vries', 'COMPLETE')]),
      ],
    });

    await screen.findByText('Jan van Dijk');
    expect(await names()).toEqual(['Jan van Dijk', 'Els de Vries']);
    const chips = within(screen.getByTestId('status-filter'));
    await chips.findByRole('button', { name: 'Alle (5)' });
    expect(chips.getByRole('button', { name: 'Compleet (2)' }).getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(chips.getByRole('button', { name: 'Compleet (2)' }));

    await screen.findByRole('button', { name: 'Compleet (2)', pressed: true });
    await vi.waitFor(async () => expect(await names()).toEqual(['Els de Vries']));
  });

  it('filters on kind on the server, and links each row to its detail page', async () => {
    renderWithProviders(<ApplicationQueue />, {
      mocks: [
        counts,
        queue({ status: null, kind: null }, [row('1', 'Jan van Dijk', 'SUBMITTED'), row('3', 'Piet Jansen', 'SUBMITTED', 'ASPIRANT')]),
        queue({ status: null, kind: ['ASPIRANT'] }, [row('3', 'Piet Jansen', 'SUBMITTED', 'ASPIRANT')]),
      ],
    });

    expect((await screen.findByRole('link', { name: 'Jan van Dijk' })).getAttribute('href')).toBe('/medewerker/aanvragen/1');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Soort aanvraag' }));
    fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: 'Aspirant-registratie' }));

    await vi.waitFor(async () => expect(await names()).toEqual(['Piet Jansen']));
  });
});
