import type { MockLink } from '@apollo/client/testing';
import { addDays, addWeeks, todayInAmsterdam } from '@srpo/domain';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { FileObjectionMutation } from './graphql';
import { ObjectionButton } from './ObjectionButton';

const today = todayInAmsterdam(new Date());

describe('ObjectionButton', () => {
  it('is offered only while the domain says the objection period is open and nothing is pending', () => {
    const { unmount } = renderWithProviders(
      <ObjectionButton decisionKind="CERTIFICATION" decisionId="c1" decidedOn={addDays(addWeeks(today, -6), -1)} objections={[]} staleLists={[]} />,
    );
    expect(screen.queryByRole('button', { name: 'Bezwaar maken' })).toBeNull();
    unmount();
    renderWithProviders(
      <ObjectionButton
        decisionKind="DEFERRAL"
        decisionId="d1"
        decidedOn={today}
        objections={[{ __typename: 'Objection', id: 'o1', status: 'FILED', filedOn: today }]}
        staleLists={[]}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Bezwaar maken' })).toBeNull();
  });

  it('asks for grounds before sending, then files the objection against that kind of decision', async () => {
    const grounds = 'Thema 2 is ook aangetoond in het programma.';
    const filed: MockLink.MockedResponse = {
      request: { query: FileObjectionMutation, variables: { decisionKind: 'CERTIFICATION', decisionId: 'c1', grounds } },
      result: { data: { __typename: 'Mutation', fileObjection: { __typename: 'Objection', id: 'o1', status: 'FILED', filedOn: today } } },
    };
    renderWithProviders(
      <ObjectionButton decisionKind="CERTIFICATION" decisionId="c1" decidedOn={addDays(today, -3)} objections={[]} staleLists={[]} />,
      { mocks: [filed] },
    );

    fireEvent.click(screen.getByRole('button', { name: 'Bezwaar maken' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Bezwaar indienen' }));
    expect(await screen.findByText(/minstens 10 tekens/)).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: /Gronden van het bezwaar/ }), { target: { value: grounds } });
    fireEvent.click(screen.getByRole('button', { name: 'Bezwaar indienen' }));
    expect(await screen.findByText(/Uw bezwaar is ingediend/)).toBeTruthy();
  });
});
