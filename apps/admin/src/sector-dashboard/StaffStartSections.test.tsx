import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { IndicatorTargetFieldsFragment } from '../gql/graphql';
import { apiError } from '../test/fixtures';
import { renderWithProviders } from '../test/renderWithProviders';
import { IndicatorTargetsQuery, SectorDashboardQuery, StaffThroughputQuery, UpdateIndicatorTargetMutation } from './graphql';
import { IndicatorTargets, parseTargetValue } from './IndicatorTargets';
import { StaffStartSections } from './StaffStartSections';

const share: IndicatorTargetFieldsFragment = { __typename: 'IndicatorTarget', id: 't1', version: 3, indicator: 'REGISTERED_SHARE', value: 100, validFrom: '2018-01-01', validUntil: null };
const monthly: IndicatorTargetFieldsFragment = { __typename: 'IndicatorTarget', id: 't2', version: 1, indicator: 'MONTHLY_REGISTRATIONS', value: 250, validFrom: '2017-08-01', validUntil: '2017-12-31' };

const month = (values: { month: string; enrolled: number; registered: number; share: number; shareTarget: number | null; fresh: number; freshTarget: number | null }) => ({
  __typename: 'SectorIndicatorMonth' as const,
  month: values.month,
  enrolledLeaders: values.enrolled,
  registeredLeaders: values.registered,
  registeredShare: values.share,
  registeredShareTarget: values.shareTarget,
  newRegistrations: values.fresh,
  newRegistrationsTarget: values.freshTarget,
});

const dashboard: MockLink.MockedResponse = {
  request: { query: SectorDashboardQuery, variables: { months: 12 } },
  result: {
    data: {
      __typename: 'Query',
      sectorDashboard: {
        __typename: 'SectorDashboard',
        asOf: '2018-01-31',
        months: [
          month({ month: '2017-12-01', enrolled: 8101, registered: 4973, share: 61.4, shareTarget: null, fresh: 262, freshTarget: 250 }),
          month({ month: '2018-01-01', enrolled: 8101, registered: 5223, share: 64.5, shareTarget: 100, fresh: 250, freshTarget: null }),
        ],
      },
    },
  },
};

const throughputMonth = (monthStart: string, submitted: number, decided: number, median: number | null, p90: number | null, backlog: number) => ({
  __typename: 'ThroughputMonth' as const,
  month: monthStart,
  submitted,
  decided,
  medianDaysToDecision: median,
  p90DaysToDecision: p90,
  committeeBacklog: backlog,
});

const throughput: MockLink.MockedResponse = {
  request: { query: StaffThroughputQuery, variables: { months: 12 } },
  result: {
    data: {
      __typename: 'Query',
      staffThroughput: {
        __typename: 'StaffThroughput',
        asOf: '2018-01-31',
        committeeBacklogNow: 5,
        awaitingScheduling: 2,
        onAgenda: 3,
        months: [throughputMonth('2017-12-01', 310, 280, 41, 63, 120), throughputMonth('2018-01-01', 290, 0, null, null, 95)],
      },
    },
  },
};

const targets = (items: IndicatorTargetFieldsFragment[]): MockLink.MockedResponse => ({
  request: { query: IndicatorTargetsQuery },
  result: { data: { __typename: 'Query', indicatorTargets: items } },
});

describe('StaffStartSections', () => {
  it('sets indicator 20 against its targets and shows the throughput, in Dutch words and numbers', async () => {
    renderWithProviders(<StaffStartSections />, { mocks: [dashboard, throughput, targets([monthly, share])] });

    const shareFigure = await screen.findByRole('figure', { name: 'Aandeel geregistreerde schoolleiders' });
    expect(within(shareFigure).getByText('Eind januari 2018 was 64,5% van de 8.101 ingeschreven schoolleiders geregistreerd (5.223); de streefwaarde is 100%.')).toBeTruthy();
    // The target line and the figures as a table: months in Dutch words, no value where no target applied.
    fireEvent.click(within(shareFigure).getByRole('button', { name: 'Toon als tabel' }));
    const table = within(shareFigure).getByRole('table', { name: 'Aandeel geregistreerde schoolleiders' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Maand', 'Geregistreerd (%)', 'Streefwaarde (%)']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['december 2017', '61,4', 'geen waarde'],
      ['januari 2018', '64,5', '100'],
    ]);
    expect(screen.getByRole('figure', { name: 'Nieuwe registraties per maand' }).textContent).toContain(
      'In januari 2018 werden 250 schoolleiders voor het eerst geregistreerd; gemiddeld 256 per maand in deze periode.',
    );

    expect((await screen.findByTestId('backlog-now')).textContent).toBe('Nu wachten 5 aanvragen op de commissie: 2 compleet en nog te agenderen, 3 geagendeerd.');
    // The latest month with decisions speaks for the days to a decision.
    expect(screen.getByRole('figure', { name: 'Dagen van indiening tot besluit' }).textContent).toContain(
      'Van de aanvragen die in december 2017 zijn besloten, duurde de helft hoogstens 41 dagen en 90% hoogstens 63 dagen.',
    );
    expect(screen.getByRole('figure', { name: 'Wachtend op de commissie' }).textContent).toContain('Eind januari 2018 wachtten 95 aanvragen');
    for (const title of ['Aandeel geregistreerde schoolleiders', 'Nieuwe registraties per maand', 'Aanvragen per maand', 'Dagen van indiening tot besluit', 'Wachtend op de commissie']) {
      expect(within(screen.getByRole('figure', { name: title })).getByRole('button', { name: 'Download als CSV' })).toBeTruthy();
    }

    const listed = await screen.findAllByTestId('indicator-target');
    expect(listed.map((row) => [...row.children].slice(0, 3).map((cell) => cell.textContent))).toEqual([
      ['Nieuwe registraties per maand', '250 per maand', '1 augustus 2017 t/m 31 december 2017'],
      ['Aandeel geregistreerd', '100%', 'vanaf 1 januari 2018'],
    ]);
  });

  it('edits a target with the version seen: a Dutch decimal is sent as a number, a stale version is explained with a reload', async () => {
    const input = { indicator: 'REGISTERED_SHARE', value: 97.5, validFrom: '2018-01-01', validUntil: '2018-12-31' };
    const stale: MockLink.MockedResponse = {
      request: { query: UpdateIndicatorTargetMutation, variables: { id: share.id, version: share.version, input } },
      result: { errors: [apiError('CONFLICT', 'Deze streefwaarde is intussen door iemand anders gewijzigd. Laad de gegevens opnieuw en probeer het nog eens.')] },
    };
    renderWithProviders(<IndicatorTargets />, { mocks: [targets([share]), stale] });

    fireEvent.click(await screen.findByRole('button', { name: 'Streefwaarde Aandeel geregistreerd vanaf 1 januari 2018 wijzigen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Streefwaarde wijzigen: Aandeel geregistreerd' });
    const value = within(dialog).getByLabelText(/^Streefwaarde/);
    expect((value as HTMLInputElement).value).toBe('100');
    fireEvent.change(value, { target: { value: 'alles' } });
    fireEvent.change(within(dialog).getByLabelText(/^Geldt tot en met/), { target: { value: '2018-12-31' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialog).findByText('Vul een getal in.')).toBeTruthy();

    fireEvent.change(value, { target: { value: '97,5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Deze streefwaarde is intussen door iemand anders gewijzigd.');
    expect(within(alert).getByRole('button', { name: 'Opnieuw laden' })).toBeTruthy();
  });

  it('reads a target as people type it', () => {
    expect(parseTargetValue(' 97,5 ')).toBe(97.5);
    expect(parseTargetValue('250')).toBe(250);
    expect(parseTargetValue('-1')).toBeNull();
    expect(parseTargetValue('1.000,5')).toBeNull();
    expect(parseTargetValue('')).toBeNull();
  });
});
