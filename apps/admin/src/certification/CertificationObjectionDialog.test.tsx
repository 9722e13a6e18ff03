import type { MockLink } from '@apollo/client/testing';
import { addDays, addWeeks, todayInAmsterdam } from '@srpo/domain';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { CertificationObjectionButton } from './CertificationObjectionDialog';
import { FileCertificationObjectionMutation } from './graphql';

const today = todayInAmsterdam(new Date());

describe('CertificationObjectionButton', () => {
  it('is offered only while the domain says the objection period is open', () => {
    renderWithProviders(<CertificationObjectionButton certificationId="c1" decidedOn={addDays(addWeeks(today, -6), -1)} />);
    expect(screen.queryByRole('button', { name: 'Bezwaar maken' })).toBeNull();
  });

  it('asks for grounds before sending, then files the objection', async () => {
    const grounds = 'Thema 2 is ook aangetoond in het programma.';
    const filed: MockLink.MockedResponse = {
      request: { query: FileCertificationObjectionMutation, variables: { certificationId: 'c1', grounds } },
      result: { data: { __typename: 'Mutation', fileCertificationObjection: { __typename: 'CertificationObjection', id: 'o1', status: 'FILED', filedOn: today } } },
    };
    renderWithProviders(<CertificationObjectionButton certificationId="c1" decidedOn={addDays(today, -3)} />, { mocks: [filed] });

    fireEvent.click(screen.getByRole('button', { name: 'Bezwaar maken' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Bezwaar indienen' }));
    expect(await screen.findByText(/minstens 10 tekens/)).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: /Gronden van het bezwaar/ }), { target: { value: grounds } });
    fireEvent.click(screen.getByRole('button', { name: 'Bezwaar indienen' }));
    expect(await screen.findByText('Uw bezwaar is ingediend.')).toBeTruthy();
  });
});
