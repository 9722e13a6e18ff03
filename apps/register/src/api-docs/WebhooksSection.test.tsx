import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { ApiDocsPage } from './ApiDocsPage';
import { variablesJson } from './examples';
import { VERIFY_EXAMPLE, WEBHOOK_BODY_EXAMPLE, WEBHOOK_REQUESTS } from './webhookDocs';

function codes(): (string | null)[] {
  return screen.getAllByRole('region').map((region) => region.textContent);
}

describe('the API page’s webhook section', () => {
  it('names the events, shows an example body, the headers, the code that checks the signature, retries and disabling, and how a key holder subscribes', () => {
    renderWithProviders(<ApiDocsPage />);

    expect(screen.getByRole('heading', { level: 2, name: 'Webhooks: bericht bij een statuswijziging' }).id).toBe('webhooks');
    expect([...screen.getByTestId('webhook-events').querySelectorAll('li code')].map((element) => element.textContent)).toEqual([
      'REGISTERED',
      'CONDITIONAL',
      'EXPIRED',
      'RE_REGISTERED',
      'DEREGISTERED',
    ]);
    expect(codes()).toContain(JSON.stringify(WEBHOOK_BODY_EXAMPLE, null, 2));
    expect(codes()).toContain(VERIFY_EXAMPLE);
    expect(within(screen.getByTestId('webhook-headers')).getByText('Schoolleidersregister-Signature').tagName).toBe('CODE');
    expect(screen.getByText(/^Bereken de HMAC-SHA256 van de tekst/).textContent).toContain('<t>.<body>');

    // Answering, retries with their waits and disabling, in Dutch words and figures.
    expect(screen.getByTestId('webhook-answer').textContent).toContain('Antwoord binnen 10 seconden met een 2xx-status');
    expect(screen.getByTestId('webhook-retries').textContent).toContain(
      'tot 6 pogingen in totaal, steeds later: na 1 minuut, 2 minuten, 4 minuten, 8 minuten en 16 minuten.',
    );
    expect(screen.getByTestId('webhook-disabling').textContent).toContain('Mislukken 15 pogingen achter elkaar, dan schakelt het register de webhook uit');

    // API-key holders: the mutation to subscribe and the query for the delivery log, with their variables.
    for (const request of WEBHOOK_REQUESTS) {
      expect(codes()).toContain(request.query);
      expect(codes()).toContain(variablesJson(request));
    }
    expect(screen.getByText(/Met een sleutel met de toegang/).textContent).toContain('WEBHOOKS');
    expect(screen.getByText(/^Houders van een API-sleutel/).textContent).toContain('(1 tot 10.000 per webhook)');
  });

  it('speaks English when English is chosen', () => {
    renderWithProviders(<ApiDocsPage />, { language: 'en' });

    expect(screen.getByRole('heading', { level: 2, name: 'Webhooks: a message when a status changes' })).toBeTruthy();
    expect(screen.getByTestId('webhook-retries').textContent).toContain('after 1 minute, 2 minutes, 4 minutes, 8 minutes, and 16 minutes.');
  });
});
