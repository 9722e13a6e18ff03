import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connection } from '../test/connection';
import { renderWithProviders } from '../test/renderWithProviders';
import { auditChanges } from './auditChanges';
import { AuditTrailPage } from './AuditTrailPage';
import { AuditActorQuery, AuditLeaderQuery, AuditTrailQuery } from './graphql';

const NO_FILTER = { entity: null, entityId: null, leaderId: null, actorAccountId: null, from: null, to: null, first: 25 };

type EntryFields = { entity: string; entityId: string; action: string; actorAccountId: string | null; actorName: string | null; before: unknown; after: unknown };
type Reference = { changedFields: string[]; leaderId: string | null; leaderName: string | null };

function entry(id: string, fields: Partial<EntryFields & Reference>) {
  return {
    __typename: 'AuditEntry' as const,
    id,
    occurredAt: '2026-03-02T09:15:00.000Z',
    actorAccountId: null,
    actorName: null,
    entity: 'registration',
    entityId: `record-${id}`,
    action: 'STATUS_CHANGED',
    before: null,
    after: null,
    changedFields: [],
    leaderId: null,
    leaderName: null,
    ...fields,
  };
}

function trail(variables: Record<string, unknown>, entries: ReturnType<typeof entry>[]) {
  return {
    request: { query: AuditTrailQuery, variables: { ...NO_FILTER, ...variables } },
    result: { data: { __typename: 'Query' as const, auditLog: connection('AuditEntry', entries) } },
  };
}

const actor = { __typename: 'Account' as const, id: 'acc-1', displayName: 'Mila Medewerker', email: 'mila@example.nl' };
const submitted = entry('e1', {
  entity: 'registration_application',
  entityId: 'app-1',
  action: 'SUBMIT',
  actorAccountId: 'acc-1',
  actorName: 'Mila Medewerker',
  // As the log keeps it: references and non-personal values; the leader's note only as a changed field.
  before: { status: 'DRAFT', leaderId: '7d0c1c8e-0000-4000-8000-000000000001', evidenceDate: null },
  after: { status: 'SUBMITTED', leaderId: '7d0c1c8e-0000-4000-8000-000000000001', evidenceDate: '2026-02-27' },
  changedFields: ['status', 'evidenceDate', 'leaderNote', 'meetingId'],
  leaderId: '7d0c1c8e-0000-4000-8000-000000000001',
  leaderName: 'Jan de Vries',
});

describe('AuditTrailPage', () => {
  it('reads its filters from the address and shows each entry in words: record, action, Dutch date and time, actor and what changed', async () => {
    renderWithProviders(<AuditTrailPage />, {
      route: '/medewerker/logboek?soort=registration_application&door=acc-1&van=2026-03-01&tot=2026-03-31',
      mocks: [
        trail({ entity: 'registration_application', actorAccountId: 'acc-1', from: '2026-03-01', to: '2026-03-31' }, [submitted]),
        { request: { query: AuditActorQuery, variables: { id: 'acc-1' } }, result: { data: { __typename: 'Query' as const, account: actor } } },
      ],
    });
    const card = within(within(await screen.findByTestId('audit-entries')).getAllByRole('listitem')[0]!);
    expect(card.getByRole('heading', { level: 3 }).textContent).toBe('Aanvraag: Ingediend');
    expect(card.getByText('2 maart 2026 om 10:15')).toBeTruthy();
    expect(card.getByText('Mila Medewerker')).toBeTruthy();
    expect(card.getByText('Status: Concept → Ingediend')).toBeTruthy();
    expect(card.getByTestId('audit-changed-fields').textContent).toBe('Gewijzigde velden: status, datum van het bewijs, toelichting van de schoolleider');
    expect(card.getByRole('link', { name: 'Jan de Vries' }).getAttribute('href')).toBe('/medewerker/schoolleiders/7d0c1c8e-0000-4000-8000-000000000001');
    expect(card.getByText('27 februari 2026', { exact: false })).toBeTruthy();
    expect(card.getByRole('link', { name: 'Aanvraag openen' }).getAttribute('href')).toBe('/medewerker/aanvragen/app-1');
    expect(card.getByRole('link', { name: /^Alleen dit gegeven/ }).getAttribute('href')).toBe('/medewerker/logboek?soort=registration_application&gegeven=app-1');

    expect(screen.getByRole('combobox', { name: 'Soort gegeven' }).textContent).toBe('Aanvraag');
    expect(await screen.findByDisplayValue('Mila Medewerker')).toBeTruthy();
    expect((screen.getByLabelText('Vanaf') as HTMLInputElement).value).toBe('2026-03-01');
  });

  it('applies the filters together; refuses a period that ends before it starts', async () => {
    renderWithProviders(<AuditTrailPage />, {
      route: '/medewerker/logboek',
      mocks: [
        trail({}, [entry('e1', {})]),
        trail({ entityId: 'app-9', from: '2026-01-01', to: '2026-01-31' }, [
          entry('e2', { entity: 'school_leader', action: 'ENROL', changedFields: ['email'], leaderId: '7d0c1c8e-0000-4000-8000-000000000002', leaderName: null }),
        ]),
      ],
    });
    expect(await screen.findByText('Registratie: Status gewijzigd')).toBeTruthy();
    expect(screen.getByText('Het systeem')).toBeTruthy();
    expect(screen.getByText('Geen verdere gegevens vastgelegd.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Kenmerk van het gegeven/), { target: { value: ' app-9 ' } });
    fireEvent.change(screen.getByLabelText('Vanaf'), { target: { value: '2026-02-01' } });
    fireEvent.change(screen.getByLabelText('Tot en met'), { target: { value: '2026-01-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filteren' }));
    expect(screen.getByText('De datum “vanaf” ligt na de datum “tot en met”.')).toBeTruthy();
    expect(screen.getByText('Registratie: Status gewijzigd')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Vanaf'), { target: { value: '2026-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filteren' }));
    expect(await screen.findByText('Schoolleider: Ingeschreven')).toBeTruthy();
    // A leader no longer in the register: the entry still says what changed, by name only.
    expect(screen.getByText('Niet meer in het register')).toBeTruthy();
    expect(screen.getByTestId('audit-changed-fields').textContent).toBe('Gewijzigd veld: e-mailadres');
  });

  it('narrowed to a leader’s case file, names the leader and can widen again', async () => {
    renderWithProviders(<AuditTrailPage />, {
      route: '/medewerker/logboek?schoolleider=leader-1',
      mocks: [
        trail({ leaderId: 'leader-1' }, []),
        { request: { query: AuditLeaderQuery, variables: { id: 'leader-1' } }, result: { data: { __typename: 'Query' as const, leaderProfile: { __typename: 'LeaderProfile' as const, id: 'leader-1', displayName: 'Jan de Vries' } } } },
        trail({}, [entry('e3', {})]),
      ],
    });
    expect(await screen.findByText('Geen wijzigingen gevonden met deze filters.')).toBeTruthy();
    const notice = within(screen.getByTestId('audit-leader-case'));
    expect((await notice.findByRole('link')).textContent).toBe('Dossier van Jan de Vries: de schoolleider en al zijn of haar gegevens');
    fireEvent.click(notice.getByRole('button', { name: 'Alleen dit dossier tonen uitzetten' }));
    expect(await screen.findByText('Registratie: Status gewijzigd')).toBeTruthy();
  });
});

describe('auditChanges', () => {
  it('lists what differs, leaving out bookkeeping and references; a new record lists what it was given, a removed one what it held', () => {
    expect(auditChanges(submitted.before, submitted.after)).toEqual([
      { field: 'status', before: 'DRAFT', after: 'SUBMITTED' },
      { field: 'evidenceDate', before: null, after: '2026-02-27' },
    ]);
    expect(auditChanges(null, { id: 'x', name: 'Stichting Noord', city: '' })).toEqual([{ field: 'name', before: undefined, after: 'Stichting Noord' }]);
    expect(auditChanges({ file_name: 'cv.pdf', portfolio_case_id: '7d0c1c8e-0000-4000-8000-000000000001' }, null)).toEqual([{ field: 'fileName', before: 'cv.pdf', after: undefined }]);
  });
});
