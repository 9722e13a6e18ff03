import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebhookDeliveryFieldsFragment, WebhookSubscriptionFieldsFragment } from '../gql/graphql';
import { apiError } from '../test/fixtures';
import { connection } from '../test/connection';
import { renderWithProviders } from '../test/renderWithProviders';
import { DELIVERIES_PAGE_SIZE } from './DeliveryLog';
import {
  CreateWebhookSubscriptionMutation,
  ReplayWebhookDeliveryMutation,
  UpdateWebhookSubscriptionMutation,
  WebhookDeliveriesQuery,
  WebhookSubscriptionsQuery,
} from './graphql';
import { WebhookList } from './WebhookList';

function subscription(change: Partial<WebhookSubscriptionFieldsFragment> = {}): WebhookSubscriptionFieldsFragment {
  return {
    __typename: 'WebhookSubscription',
    id: 'w1',
    url: 'https://hr.spon.example.nl/hooks/register',
    events: ['DEREGISTERED', 'REGISTERED', 'EXPIRED'],
    description: 'Koppeling met ons HR-systeem',
    active: true,
    disabledAt: null,
    disabledReason: null,
    createdAt: '2026-11-02T09:15:00.000Z',
    version: 1,
    ...change,
  };
}

const broken = subscription({
  id: 'w2',
  url: 'https://oud.spon.example.nl/webhook',
  events: ['CONDITIONAL'],
  description: null,
  active: false,
  disabledAt: '2026-11-20T13:40:00.000Z',
  disabledReason: 'Drie keer achter elkaar geen antwoord (HTTP-status 500).',
});

function listed(subscriptions: WebhookSubscriptionFieldsFragment[]): MockLink.MockedResponse {
  return { request: { query: WebhookSubscriptionsQuery }, result: { data: { __typename: 'Query', webhookSubscriptions: subscriptions } } };
}

function delivery(change: Partial<WebhookDeliveryFieldsFragment> = {}): WebhookDeliveryFieldsFragment {
  return {
    __typename: 'WebhookDelivery',
    id: 'd1',
    event: 'EXPIRED',
    registerNumber: '100234',
    occurredOn: '2026-11-28',
    status: 'DELIVERED',
    attempts: 1,
    lastAttemptAt: '2026-11-28T02:00:05.000Z',
    responseStatus: 204,
    lastError: null,
    nextAttemptAt: null,
    test: false,
    ...change,
  };
}

const failing = delivery({
  id: 'd2',
  event: 'DEREGISTERED',
  registerNumber: '100877',
  status: 'FAILED',
  attempts: 2,
  responseStatus: 503,
  lastError: 'Service Unavailable',
  nextAttemptAt: '2026-11-28T02:10:00.000Z',
});

function deliveries(nodes: WebhookDeliveryFieldsFragment[], after: string | null = null, page: { hasNextPage?: boolean; totalCount?: number } = {}): MockLink.MockedResponse {
  return {
    request: { query: WebhookDeliveriesQuery, variables: { id: 'w1', first: DELIVERIES_PAGE_SIZE, after } },
    result: { data: { __typename: 'Query', webhookSubscription: { __typename: 'WebhookSubscription', id: 'w1', deliveries: connection('WebhookDelivery', nodes, page) } } },
  };
}

const SECRET = 'whsec_3f9a7c1e5b2d4a6f8e0c9b7a5d3f1e2c';

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

function cards() {
  return screen.findAllByTestId('webhook');
}

describe('WebhookList', () => {
  it('lists each webhook with its address, events in words, state and Dutch dates, and the reason it was disabled', async () => {
    renderWithProviders(<WebhookList />, { mocks: [listed([subscription(), broken])] });

    const [first, second] = await cards();
    expect(within(first!).getByRole('heading', { level: 3, name: 'https://hr.spon.example.nl/hooks/register' })).toBeTruthy();
    expect(first!.textContent).toContain('Actief');
    expect(first!.textContent).toContain('BeschrijvingKoppeling met ons HR-systeem');
    // In the form's order, not the API's.
    expect(first!.textContent).toContain('GebeurtenissenGeregistreerd, Herregistratie verlopen, Uitgeschreven');
    expect(first!.textContent).toContain('Aangemaakt2 november 2026 om 10:15');
    expect(first!.textContent).not.toContain('DEREGISTERED');
    expect(within(first!).queryByRole('button', { name: 'Opnieuw inschakelen' })).toBeNull();

    expect(second!.dataset['active']).toBe('false');
    expect(second!.textContent).toContain('GebeurtenissenOnder voorwaarden');
    expect(second!.textContent).toContain('Uitgeschakeld20 november 2026 om 14:40');
    expect(second!.textContent).toContain('RedenDrie keer achter elkaar geen antwoord (HTTP-status 500).');
    expect(second!.textContent).not.toContain('Beschrijving');
    expect(within(second!).getByRole('button', { name: 'Opnieuw inschakelen' })).toBeTruthy();
    expect(screen.getByTestId('webhook-count').textContent).toBe('2 webhooks');
    expect(screen.getByRole('link', { name: 'Webhooks' })).toBeTruthy();
  });

  it('adds a webhook and shows its secret once, then lists it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const created = subscription({ id: 'w3', url: 'https://hr.example.nl/srpo', events: ['REGISTERED', 'DEREGISTERED'], description: null, version: 0 });
    renderWithProviders(<WebhookList />, {
      mocks: [
        listed([]),
        {
          request: { query: CreateWebhookSubscriptionMutation, variables: { input: { url: 'https://hr.example.nl/srpo', events: ['REGISTERED', 'DEREGISTERED'], description: null } } },
          result: { data: { __typename: 'Mutation', createWebhookSubscription: { __typename: 'CreatedWebhookSubscription', secret: SECRET, subscription: created } } },
        },
        listed([created]),
      ],
    });
    expect(await screen.findByText('U hebt nog geen webhooks.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Webhook toevoegen' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Webhook toevoegen' }));
    for (const event of ['Geregistreerd', 'Onder voorwaarden', 'Herregistratie verlopen', 'Geherregistreerd', 'Uitgeschreven']) {
      fireEvent.click(dialog.getByRole('checkbox', { name: new RegExp(`^${event}`) }));
    }
    fireEvent.click(dialog.getByRole('button', { name: 'Webhook toevoegen' }));
    expect(dialog.getByText('Vul het adres in, beginnend met https://.')).toBeTruthy();
    expect(dialog.getByText('Kies minstens één gebeurtenis.')).toBeTruthy();

    fireEvent.change(dialog.getByRole('textbox', { name: 'Adres (URL)' }), { target: { value: ' https://hr.example.nl/srpo ' } });
    fireEvent.click(dialog.getByRole('checkbox', { name: /^Uitgeschreven/ }));
    fireEvent.click(dialog.getByRole('checkbox', { name: /^Geregistreerd/ }));
    fireEvent.click(dialog.getByRole('button', { name: 'Webhook toevoegen' }));

    const secretDialog = within(await screen.findByRole('dialog', { name: 'Het geheim van uw webhook' }));
    expect((secretDialog.getByRole('textbox', { name: 'Ondertekeningsgeheim' }) as HTMLTextAreaElement).value).toBe(SECRET);
    expect(secretDialog.getByText(/U ziet het hierna nooit meer/)).toBeTruthy();
    fireEvent.click(secretDialog.getByRole('button', { name: 'Geheim kopiëren' }));
    expect(await secretDialog.findByText('Het geheim is gekopieerd.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(SECRET);
    // Escape does not close it: only the explicit button does, so the secret is not lost by accident.
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.getByRole('dialog', { name: 'Het geheim van uw webhook' })).toBeTruthy();

    fireEvent.click(secretDialog.getByRole('button', { name: 'Ik heb het geheim bewaard' }));
    expect((await screen.findByText('De webhook naar https://hr.example.nl/srpo is toegevoegd.')).closest('[role="status"]')).toBeTruthy();
    await waitFor(() => expect(screen.queryAllByTestId('webhook')).toHaveLength(1));
    expect(document.body.textContent).not.toContain(SECRET);
  });

  it('shows the API’s refusal of the address at the address field', async () => {
    renderWithProviders(<WebhookList />, {
      mocks: [
        listed([]),
        {
          request: { query: CreateWebhookSubscriptionMutation, variables: { input: { url: 'http://localhost/hook', events: ['REGISTERED', 'CONDITIONAL', 'EXPIRED', 'RE_REGISTERED', 'DEREGISTERED'], description: null } } },
          result: { errors: [apiError('BAD_USER_INPUT', 'Het adres moet met https:// beginnen en mag niet naar een intern netwerk wijzen.', { field: 'url' })] },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Webhook toevoegen' }));
    const dialog = within(await screen.findByRole('dialog'));
    const url = dialog.getByRole('textbox', { name: 'Adres (URL)' });
    fireEvent.change(url, { target: { value: 'http://localhost/hook' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Webhook toevoegen' }));

    await waitFor(() => expect(url.getAttribute('aria-invalid')).toBe('true'));
    const described = document.getElementById(url.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('Het adres moet met https:// beginnen en mag niet naar een intern netwerk wijzen.');
    expect(dialog.queryByRole('alert')).toBeNull();
    fireEvent.change(url, { target: { value: 'https://hr.example.nl/srpo' } });
    expect(url.getAttribute('aria-invalid')).toBe('false');
  });

  it('tells plainly when someone else changed the webhook, and reloads it into the form', async () => {
    const changed = subscription({ description: 'Gewijzigd door een collega', version: 2 });
    renderWithProviders(<WebhookList />, {
      mocks: [
        listed([subscription()]),
        {
          request: {
            query: UpdateWebhookSubscriptionMutation,
            variables: { id: 'w1', version: 1, input: { url: 'https://hr.spon.example.nl/hooks/register', events: ['REGISTERED', 'EXPIRED', 'DEREGISTERED'], description: 'Nieuwe tekst' } },
          },
          result: { errors: [apiError('CONFLICT', 'Dit is intussen gewijzigd.')] },
        },
        listed([changed]),
      ],
    });
    const [card] = await cards();
    fireEvent.click(within(card!).getByRole('button', { name: 'Bewerken' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Webhook bewerken' }));
    expect((dialog.getByRole('checkbox', { name: /^Onder voorwaarden/ }) as HTMLInputElement).checked).toBe(false);
    fireEvent.change(dialog.getByRole('textbox', { name: 'Beschrijving (niet verplicht)' }), { target: { value: 'Nieuwe tekst' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Opslaan' }));

    const alert = await dialog.findByRole('alert');
    expect(alert.textContent).toContain('Iemand anders heeft deze webhook intussen gewijzigd.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Opnieuw laden' }));
    await waitFor(() => expect((dialog.getByRole('textbox', { name: 'Beschrijving (niet verplicht)' }) as HTMLTextAreaElement).value).toBe('Gewijzigd door een collega'));
    expect(dialog.queryByRole('alert')).toBeNull();
  });

  it('shows the messages of a webhook with status in words, attempts and next attempt, pages on, and sends one again', async () => {
    renderWithProviders(<WebhookList />, {
      mocks: [
        listed([subscription()]),
        deliveries([failing, delivery()], null, { hasNextPage: true, totalCount: 3 }),
        deliveries([delivery({ id: 'd3', registerNumber: '100999', event: 'REGISTERED', status: 'GAVE_UP', attempts: 3, responseStatus: null, lastError: 'De verbinding werd geweigerd.' })], 'cursor-2', { totalCount: 3 }),
        {
          request: { query: ReplayWebhookDeliveryMutation, variables: { id: 'd2' } },
          result: { data: { __typename: 'Mutation', replayWebhookDelivery: { ...failing, status: 'PENDING', nextAttemptAt: null } } },
        },
        deliveries([{ ...failing, status: 'PENDING', nextAttemptAt: null }, delivery()], null, { hasNextPage: true, totalCount: 3 }),
        listed([subscription()]),
      ],
    });
    const [card] = await cards();
    fireEvent.click(within(card!).getByRole('button', { name: 'Berichten tonen' }));
    const log = within(await within(card!).findByRole('list', { name: 'Berichten' }));
    const [first, second] = await log.findAllByTestId('webhook-delivery');
    expect(screen.getByTestId('webhook-delivery-count').textContent).toBe('3 berichten, 2 getoond');
    expect(first!.textContent).toContain('Uitgeschreven: 100877');
    expect(first!.textContent).toContain('Datum gebeurtenis28 november 2026');
    expect(first!.textContent).toContain('StatusMislukt, wordt opnieuw geprobeerd');
    expect(first!.textContent).toContain('Pogingen2 pogingen');
    expect(first!.textContent).toContain('Laatste antwoordHTTP-status 503');
    expect(first!.textContent).toContain('Volgende poging28 november 2026 om 03:10');
    expect(second!.textContent).toContain('Herregistratie verlopen: 100234');
    expect(second!.textContent).toContain('StatusAfgeleverd');
    expect(second!.textContent).toContain('Pogingen1 poging');
    expect(second!.textContent).toContain('Laatste poging28 november 2026 om 03:00');
    expect(second!.textContent).not.toContain('Volgende poging');

    fireEvent.click(screen.getByRole('button', { name: 'Meer berichten laden' }));
    await waitFor(() => expect(log.getAllByTestId('webhook-delivery')).toHaveLength(3));
    const third = log.getAllByTestId('webhook-delivery')[2]!;
    expect(third.textContent).toContain('StatusMislukt, niet meer opnieuw geprobeerd');
    expect(third.textContent).toContain('Laatste antwoordDe verbinding werd geweigerd.');
    expect(screen.queryByRole('button', { name: 'Meer berichten laden' })).toBeNull();

    fireEvent.click(within(first!).getByRole('button', { name: 'Opnieuw versturen' }));
    expect((await screen.findByText('Het bericht over 100877 wordt opnieuw verstuurd.')).closest('[role="status"]')).toBeTruthy();
    await waitFor(() => expect(log.getAllByTestId('webhook-delivery')[0]!.dataset['status']).toBe('PENDING'));
  });

  it('speaks English when English is chosen', async () => {
    renderWithProviders(<WebhookList />, { mocks: [listed([broken])], language: 'en' });
    const [card] = await cards();
    expect(card!.textContent).toContain('EventsRegistered under conditions');
    expect(card!.textContent).toContain('Disabled');
    expect(screen.getByRole('button', { name: 'Add a webhook' })).toBeTruthy();
  });
});
