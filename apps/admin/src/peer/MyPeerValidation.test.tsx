import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MyPeerValidationFieldsFragment } from '../gql/graphql';
import { renderWithProviders } from '../test/renderWithProviders';
import { MyPeerValidation } from './MyPeerValidation';

const theme = (code: string, name: string) => ({ __typename: 'Theme' as const, id: `t${code}`, code, name });

/** A sign-up of a session that ended an hour ago (12 to 14 h on 7 December 2026, Dutch time) in a trio with Anna and Bram. */
function validation(change: Partial<MyPeerValidationFieldsFragment>): MyPeerValidationFieldsFragment {
  return {
    __typename: 'MyPeerValidation',
    id: 's1',
    status: 'PLACED',
    cancellable: false,
    groupId: 'g1',
    reflectionDeadline: '2026-12-09T13:00:00.000Z',
    reflectionOpen: true,
    outcome: null,
    confirmedOn: null,
    decisionId: null,
    objections: [],
    outcomeReasons: [],
    theme: theme('1', 'Persoonlijk leiderschap'),
    session: {
      __typename: 'PeerSession',
      id: 'p1',
      version: 2,
      startsAt: '2026-12-07T11:00:00.000Z',
      endsAt: '2026-12-07T13:00:00.000Z',
      sessionDate: '2026-12-07',
      location: 'Utrecht',
      capacity: 9,
      state: 'GROUPED',
      facilitator: { __typename: 'PeerFacilitator', id: 'f1', displayName: 'Sanne de Medewerker' },
    },
    partners: [
      { __typename: 'PeerPartner', leaderId: 'l2', displayName: 'Anna Jansen', theme: theme('3', 'In relatie staan tot de omgeving') },
      { __typename: 'PeerPartner', leaderId: 'l3', displayName: 'Bram de Vries', theme: theme('5', 'Omgaan met verschillen') },
    ],
    reflections: [
      { __typename: 'PeerReflectionStatus', subjectLeaderId: 'l2', subjectName: 'Anna Jansen', submittedAt: '2026-12-08T09:15:00.000Z' },
      { __typename: 'PeerReflectionStatus', subjectLeaderId: 'l3', subjectName: 'Bram de Vries', submittedAt: null },
    ],
    ...change,
  };
}

describe('MyPeerValidation', () => {
  // The day after the session, within the 48 hours.
  beforeEach(() => vi.setSystemTime(new Date('2026-12-08T10:00:00Z')));
  afterEach(() => vi.useRealTimers());

  it('shows the trio and the deadline in Dutch, and offers a reflection only on the partner still owed one', () => {
    const onWrite = vi.fn();
    renderWithProviders(<MyPeerValidation validation={validation({})} onWrite={onWrite} onCancelled={() => undefined} />);

    expect(screen.getByRole('heading', { level: 4, name: 'maandag 7 december 2026, 12:00–14:00' })).toBeTruthy();
    expect(screen.getByText('Bram de Vries, Thema 5. Omgaan met verschillen')).toBeTruthy();
    expect(screen.getByTestId('peer-reflection-deadline').textContent).toBe('Schrijf op elk van de andere twee een reflectie, uiterlijk 9 december 2026 om 14:00.');
    expect(screen.getByText('Reflectie op Anna Jansen: geschreven op 8 december 2026 om 10:15')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Reflectie schrijven op Anna Jansen' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reflectie schrijven op Bram de Vries' }));
    expect(onWrite).toHaveBeenCalledWith({
      groupId: 'g1',
      deadline: '9 december 2026 om 14:00',
      subject: { id: 'l3', name: 'Bram de Vries', theme: 'Thema 5. Omgaan met verschillen' },
    });
  });

  it('shows a theme not credited with the reasons the API gives, the reflection that was missed, and the objection route', () => {
    vi.setSystemTime(new Date('2026-12-11T10:00:00Z'));
    renderWithProviders(
      <MyPeerValidation
        validation={validation({
          status: 'NOT_CREDITED',
          outcome: 'NOT_CREDITED',
          reflectionOpen: false,
          confirmedOn: '2026-12-10',
          decisionId: 'm1',
          outcomeReasons: [{ __typename: 'RuleReason', code: 'PEER_REFLECTION_MISSING', message: 'De eindreflectie van Lars Bakker over Bram de Vries ontbreekt.' }],
        })}
        onWrite={() => undefined}
        onCancelled={() => undefined}
      />,
    );
    const outcome = screen.getByTestId('peer-outcome');
    expect(outcome.textContent).toContain('Niet afgerond: Thema 1. Persoonlijk leiderschap telt niet mee, omdat:');
    expect(outcome.textContent).toContain('De eindreflectie van Lars Bakker over Bram de Vries ontbreekt.');
    expect(screen.getByText('Reflectie op Bram de Vries: niet geschreven')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Reflectie schrijven/ })).toBeNull();
    expect(screen.queryByTestId('peer-reflection-deadline')).toBeNull();
    expect(screen.getByRole('button', { name: 'Bezwaar maken' })).toBeTruthy();
  });

  it('shows a pending objection against the outcome instead of offering another', () => {
    vi.setSystemTime(new Date('2026-12-11T10:00:00Z'));
    const objection = { __typename: 'Objection' as const, id: 'o1', status: 'FILED' as const, filedOn: '2026-12-11' };
    renderWithProviders(
      <MyPeerValidation
        validation={validation({ status: 'NOT_CREDITED', outcome: 'NOT_CREDITED', reflectionOpen: false, confirmedOn: '2026-12-10', decisionId: 'm1', objections: [objection] })}
        onWrite={() => undefined}
        onCancelled={() => undefined}
      />,
    );
    expect(screen.getByTestId('objection-lines').textContent).toContain('11 december 2026');
    expect(screen.queryByRole('button', { name: 'Bezwaar maken' })).toBeNull();
  });

  it('offers cancelling only while the API says the sign-up can be withdrawn', () => {
    const signedUp = validation({ status: 'SIGNED_UP', groupId: null, partners: [], reflections: [], reflectionDeadline: null, reflectionOpen: false });
    const { unmount } = renderWithProviders(<MyPeerValidation validation={{ ...signedUp, cancellable: true }} onWrite={() => undefined} onCancelled={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Afmelden voor maandag 7 december 2026, 12:00–14:00' })).toBeTruthy();
    unmount();
    renderWithProviders(<MyPeerValidation validation={signedUp} onWrite={() => undefined} onCancelled={() => undefined} />);
    expect(screen.queryByRole('button', { name: /^Afmelden/ })).toBeNull();
    expect(screen.getByText(/^U bent aangemeld\./)).toBeTruthy();
  });
});
