import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { applicationFixture } from '../test/applicationFixture';
import { renderWithProviders } from '../test/renderWithProviders';
import { CommitteeMeetingAgendaQuery, DecideAgendaMutation } from './graphql';
import { AGENDA_PAGE_SIZE, MeetingAgendaPage } from './MeetingAgendaPage';
import { nodesConnection } from '../test/connection';

const MEETING_ID = '7e0d7a43-1a53-4c0b-8f0e-6f8f1b2f3a10';
const first = applicationFixture({ id: 'a1', status: 'SCHEDULED', version: 2, leader: { __typename: 'LeaderSummary', id: 'l1', displayName: 'Jan van Dijk', registerNumber: '100001' } });
const second = applicationFixture({ id: 'a2', status: 'SCHEDULED', version: 7, leader: { __typename: 'LeaderSummary', id: 'l2', displayName: 'Els de Vries', registerNumber: '100002' } });
const decided = applicationFixture({
  id: 'a3',
  status: 'APPROVED',
  leader: { __typename: 'LeaderSummary', id: 'l3', displayName: 'Piet Jansen', registerNumber: '100003' },
  decision: {
    __typename: 'Decision',
    id: 'd3',
    outcome: 'APPROVED',
    decidedOn: '2026-11-03',
    objectionDeadline: '2026-12-15',
    reasons: null,
    isException: false,
    exceptionJustification: null,
    grantedLevel: null,
    objections: [],
  },
});

function agenda(items: ReturnType<typeof applicationFixture>[]): MockLink.MockedResponse {
  return {
    request: { query: CommitteeMeetingAgendaQuery, variables: { id: MEETING_ID, first: AGENDA_PAGE_SIZE } },
    result: {
      data: {
        committeeMeeting: {
          __typename: 'CommitteeMeeting',
          id: MEETING_ID,
          meetingDate: '2026-11-03',
          location: 'Utrecht',
          agenda: nodesConnection('Application', items),
        },
      },
    },
  };
}

describe('MeetingAgendaPage', () => {
  it('shows decided items with their decision and objection deadline, and decides the filled-in rest in one call', async () => {
    const batch: MockLink.MockedResponse = {
      request: {
        query: DecideAgendaMutation,
        variables: {
          meetingId: MEETING_ID,
          decisions: [
            { applicationId: 'a2', version: 7, outcome: 'REJECTED', reasons: 'Diploma buiten de certificeringsperiode.', grantedLevel: null, exceptionJustification: null },
          ],
        },
      },
      result: { data: { decideAgenda: [{ __typename: 'Decision', id: 'd2', outcome: 'REJECTED', decidedOn: '2026-11-03', objectionDeadline: '2026-12-15' }] } },
    };
    renderWithProviders(
      <Routes>
        <Route path="/commissie/vergaderingen/:id" element={<MeetingAgendaPage />} />
      </Routes>,
      { route: `/commissie/vergaderingen/${MEETING_ID}`, mocks: [agenda([first, second, decided]), batch, agenda([first, { ...second, status: 'REJECTED' }, decided])] },
    );

    await screen.findByRole('heading', { level: 1, name: 'Agenda van 3 november 2026' });
    const items = screen.getAllByTestId('agenda-item');
    expect(items).toHaveLength(3);
    const decidedItem = within(items[2]!);
    expect(decidedItem.getByTestId('decision').textContent).toContain('Goedgekeurd');
    expect(decidedItem.getByTestId('decision').textContent).toContain('15 december 2026');
    expect(decidedItem.queryByTestId('decision-form')).toBeNull();

    const decideAll = screen.getByRole('button', { name: 'Hele agenda besluiten' });
    expect(decideAll.hasAttribute('disabled')).toBe(true);
    const secondItem = within(items[1]!);
    fireEvent.click(secondItem.getByRole('radio', { name: 'Afwijzen' }));
    fireEvent.change(secondItem.getByRole('textbox', { name: /Motivering/ }), { target: { value: 'Diploma buiten de certificeringsperiode.' } });
    expect(screen.getByText(/nu 1\)/)).toBeTruthy();

    fireEvent.click(decideAll);
    expect(await screen.findByText('1 besluit vastgelegd.')).toBeTruthy();
  });
});
