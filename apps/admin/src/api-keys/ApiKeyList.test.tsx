import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiKeyFieldsFragment } from '../gql/graphql';
import { apiError } from '../test/fixtures';
import { renderWithProviders } from '../test/renderWithProviders';
import { ApiKeyList, API_KEYS_PAGE_SIZE } from './ApiKeyList';
import { ApiKeysQuery, IssueApiKeyMutation, RevokeApiKeyMutation } from './graphql';

function apiKey(change: Partial<ApiKeyFieldsFragment> = {}): ApiKeyFieldsFragment {
  return {
    __typename: 'ApiKey',
    id: 'k1',
    organisation: 'Stichting Primair Onderwijs Noord',
    contactName: 'Els Bakker',
    contactEmail: 'e.bakker@spon.example.nl',
    purpose: 'Controle registratie bij aanstelling',
    scopes: ['PUBLIC_READ', 'BULK_LOOKUP'],
    prefix: 'srpo_AbCdEfGh',
    createdAt: '2026-11-02T09:15:00.000Z',
    revokedAt: null,
    lastUsedAt: '2026-11-28T16:05:00.000Z',
    usageCount: 1234,
    ...change,
  };
}

const researchers = apiKey({
  id: 'k2',
  organisation: 'Universiteit van Onderzoek',
  contactName: 'Piet Jansen',
  contactEmail: 'p.jansen@uvo.example.nl',
  purpose: 'Onderzoek naar herregistratie',
  scopes: ['PUBLIC_READ'],
  prefix: 'srpo_ZyXwVuTs',
  lastUsedAt: null,
  usageCount: 0,
});

function listed(keys: ApiKeyFieldsFragment[], includeRevoked = false): MockLink.MockedResponse {
  return {
    request: { query: ApiKeysQuery, variables: { first: API_KEYS_PAGE_SIZE, after: null, includeRevoked } },
    result: {
      data: {
        __typename: 'Query',
        apiKeys: {
          __typename: 'ApiKeyConnection',
          totalCount: keys.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: keys.length > 0 ? 'c-last' : null },
          edges: keys.map((node) => ({ __typename: 'ApiKeyEdge', cursor: `c-${node.id}`, node })),
        },
      },
    },
  };
}

const SECRET = 'srpo_KlMnOpQr_9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c';

const issueInput = {
  organisation: 'DUO',
  contactName: 'Anna de Wit',
  contactEmail: 'a.dewit@duo.example.nl',
  purpose: 'Bulkcontrole van registraties',
  scopes: ['PUBLIC_READ', 'BULK_LOOKUP'],
};

const issuedKey = apiKey({ id: 'k3', ...issueInput, scopes: ['PUBLIC_READ', 'BULK_LOOKUP'], prefix: 'srpo_KlMnOpQr', createdAt: '2026-11-29T16:30:00.000Z', lastUsedAt: null, usageCount: 0 });

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(writeText) }, configurable: true });
  return navigator.clipboard.writeText as ReturnType<typeof vi.fn>;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

function cards() {
  return screen.findAllByTestId('api-key');
}

describe('ApiKeyList', () => {
  it('lists organisation, purpose, Dutch scopes, dates and times, usage with Dutch plurals and the status', async () => {
    renderWithProviders(<ApiKeyList />, { mocks: [listed([apiKey(), researchers])] });

    const [first, second] = await cards();
    const one = within(first!);
    expect(one.getByRole('heading', { level: 3, name: 'Stichting Primair Onderwijs Noord' })).toBeTruthy();
    expect(first!.textContent).toContain('Actief');
    expect(first!.textContent).toContain('DoelControle registratie bij aanstelling');
    expect(first!.textContent).toContain('ToegangOpenbaar raadplegen, Bulkcontrole');
    expect(first!.textContent).toContain('Els Bakker (e.bakker@spon.example.nl)');
    expect(first!.textContent).toContain('Uitgegeven2 november 2026 om 10:15');
    expect(first!.textContent).toContain('Laatst gebruikt28 november 2026 om 17:05');
    expect(first!.textContent).toContain('Gebruik1.234 verzoeken');
    expect(first!.textContent).toContain('srpo_AbCdEfGh…');
    expect(second!.textContent).toContain('Laatst gebruiktnooit gebruikt');
    expect(second!.textContent).toContain('Gebruik0 verzoeken');
    expect(screen.getByTestId('api-key-count').textContent).toBe('2 sleutels');
    expect(screen.getByRole('link', { name: 'API-sleutels' })).toBeTruthy();
  });

  it('shows revoked keys on request, marked and without “Intrekken”', async () => {
    const revoked = apiKey({ id: 'k9', organisation: 'Oud HR-systeem', revokedAt: '2026-10-01T08:00:00.000Z', usageCount: 1 });
    renderWithProviders(<ApiKeyList />, { mocks: [listed([apiKey()]), listed([apiKey(), revoked], true)] });

    await cards();
    fireEvent.click(screen.getByRole('switch', { name: 'Ook ingetrokken sleutels tonen' }));
    await vi.waitFor(() => expect(screen.getAllByTestId('api-key')).toHaveLength(2));
    const card = screen.getAllByTestId('api-key')[1]!;
    expect(card.dataset['status']).toBe('revoked');
    expect(card.textContent).toContain('Ingetrokken');
    expect(card.textContent).toContain('Ingetrokken1 oktober 2026 om 10:00');
    expect(card.textContent).toContain('Gebruik1 verzoek');
    expect(within(card).queryByRole('button')).toBeNull();
  });

  it('issues a key, shows its secret once with a copy button and a warning, and lists the new key after closing', async () => {
    const writeText = stubClipboard(() => Promise.resolve());
    renderWithProviders(<ApiKeyList />, {
      mocks: [
        listed([apiKey()]),
        {
          request: { query: IssueApiKeyMutation, variables: { input: issueInput } },
          result: { data: { __typename: 'Mutation', issueApiKey: { __typename: 'IssuedApiKey', secret: SECRET, apiKey: issuedKey } } },
        },
        listed([issuedKey, apiKey()]),
      ],
    });
    await cards();

    fireEvent.click(screen.getByRole('button', { name: 'Sleutel uitgeven' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'API-sleutel uitgeven' }));
    fireEvent.click(dialog.getByRole('checkbox', { name: /Openbaar raadplegen/ }));
    fireEvent.click(dialog.getByRole('button', { name: 'Sleutel uitgeven' }));
    expect(dialog.getByText('Vul de naam van de organisatie in.')).toBeTruthy();
    expect(dialog.getByText('Vul een geldig e-mailadres in, zoals naam@organisatie.nl.')).toBeTruthy();
    expect(dialog.getByText('Kies minstens één soort toegang.')).toBeTruthy();

    fireEvent.change(dialog.getByRole('textbox', { name: 'Organisatie' }), { target: { value: ' DUO ' } });
    fireEvent.change(dialog.getByRole('textbox', { name: 'Naam contactpersoon' }), { target: { value: 'Anna de Wit' } });
    fireEvent.change(dialog.getByRole('textbox', { name: 'E-mailadres contactpersoon' }), { target: { value: 'a.dewit@duo.example.nl' } });
    fireEvent.change(dialog.getByRole('textbox', { name: 'Doel' }), { target: { value: 'Bulkcontrole van registraties' } });
    fireEvent.click(dialog.getByRole('checkbox', { name: /Bulkcontrole/ }));
    fireEvent.click(dialog.getByRole('checkbox', { name: /Openbaar raadplegen/ }));
    fireEvent.click(dialog.getByRole('button', { name: 'Sleutel uitgeven' }));

    const secretDialog = within(await screen.findByRole('dialog', { name: 'De sleutel voor DUO' }));
    expect((secretDialog.getByRole('textbox', { name: 'API-sleutel' }) as HTMLTextAreaElement).value).toBe(SECRET);
    expect(secretDialog.getByText(/U ziet hem hierna nooit meer/)).toBeTruthy();
    fireEvent.click(secretDialog.getByRole('button', { name: 'Sleutel kopiëren' }));
    expect(await secretDialog.findByText('De sleutel is gekopieerd.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(SECRET);

    // Escape does not close it: only the explicit button does, so the secret is not lost by accident.
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.getByRole('dialog', { name: 'De sleutel voor DUO' })).toBeTruthy();

    fireEvent.click(secretDialog.getByRole('button', { name: 'Ik heb de sleutel bewaard' }));
    expect((await screen.findByText('De sleutel voor DUO is uitgegeven.')).closest('[role="status"]')).toBeTruthy();
    await expect.poll(() => screen.getAllByTestId('api-key').length).toBe(2);
    await expect.poll(() => document.body.textContent).not.toContain(SECRET);

    // Issuing again starts from an empty form, never with the previous secret.
    fireEvent.click(screen.getByRole('button', { name: 'Sleutel uitgeven' }));
    const again = within(await screen.findByRole('dialog', { name: 'API-sleutel uitgeven' }));
    expect(((await again.findByRole('textbox', { name: 'Organisatie' })) as HTMLInputElement).value).toBe('');
    expect(document.body.textContent).not.toContain(SECRET);
  });

  it('shows the API’s refusal and keeps the form', async () => {
    renderWithProviders(<ApiKeyList />, {
      mocks: [
        listed([]),
        {
          request: { query: IssueApiKeyMutation, variables: { input: { ...issueInput, scopes: ['PUBLIC_READ'] } } },
          result: { errors: [apiError('BAD_USER_INPUT', 'Het e-mailadres van de contactpersoon is ongeldig.')] },
        },
      ],
    });
    expect(await screen.findByText('Er zijn geen actieve sleutels.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sleutel uitgeven' }));
    const dialog = within(await screen.findByRole('dialog'));
    fireEvent.change(dialog.getByRole('textbox', { name: 'Organisatie' }), { target: { value: 'DUO' } });
    fireEvent.change(dialog.getByRole('textbox', { name: 'Naam contactpersoon' }), { target: { value: 'Anna de Wit' } });
    fireEvent.change(dialog.getByRole('textbox', { name: 'E-mailadres contactpersoon' }), { target: { value: 'a.dewit@duo.example.nl' } });
    fireEvent.change(dialog.getByRole('textbox', { name: 'Doel' }), { target: { value: 'Bulkcontrole van registraties' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Sleutel uitgeven' }));
    expect((await dialog.findByRole('alert')).textContent).toContain('Het e-mailadres van de contactpersoon is ongeldig.');
    expect((dialog.getByRole('textbox', { name: 'Organisatie' }) as HTMLInputElement).value).toBe('DUO');
  });

  it('revokes a key only after confirmation', async () => {
    renderWithProviders(<ApiKeyList />, {
      mocks: [
        listed([apiKey(), researchers]),
        { request: { query: RevokeApiKeyMutation, variables: { id: 'k2' } }, result: { data: { __typename: 'Mutation', revokeApiKey: { ...researchers, revokedAt: '2026-11-29T16:40:00.000Z' } } } },
        listed([apiKey()]),
      ],
    });
    await cards();

    fireEvent.click(screen.getByRole('button', { name: 'Sleutel van Universiteit van Onderzoek intrekken' }));
    let dialog = within(await screen.findByRole('dialog', { name: 'Sleutel intrekken?' }));
    expect(dialog.getByText(/U trekt de sleutel van Universiteit van Onderzoek \(Onderzoek naar herregistratie\) in\./)).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: 'Annuleren' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getAllByTestId('api-key')).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Sleutel van Universiteit van Onderzoek intrekken' }));
    dialog = within(await screen.findByRole('dialog', { name: 'Sleutel intrekken?' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Sleutel intrekken' }));
    expect((await screen.findByText('De sleutel van Universiteit van Onderzoek is ingetrokken.')).closest('[role="status"]')).toBeTruthy();
    await expect.poll(() => screen.getAllByTestId('api-key').length).toBe(1);
  });

  it('speaks English when English is chosen', async () => {
    renderWithProviders(<ApiKeyList />, { mocks: [listed([researchers])], language: 'en' });

    const [card] = await cards();
    expect(card!.textContent).toContain('AccessPublic lookups');
    expect(card!.textContent).toContain('Last usednever used');
    expect(card!.textContent).toContain('Usage0 requests');
    expect(screen.getByRole('button', { name: 'Issue a key' })).toBeTruthy();
  });
});
