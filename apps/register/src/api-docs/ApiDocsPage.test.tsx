import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { errorCatalogue } from './apiFacts';
import { ApiDocsPage } from './ApiDocsPage';
import { API_EXAMPLES, variablesJson } from './examples';

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(writeText) }, configurable: true });
  return navigator.clipboard.writeText as ReturnType<typeof vi.fn>;
}

function example(id: string): HTMLElement {
  const item = screen.getAllByTestId('api-example').find((element) => element.dataset['example'] === id);
  if (!item) throw new Error(`no example ${id}`);
  return item;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('ApiDocsPage (public register)', () => {
  it('shows every example with its query and variables, in the order of the data module', () => {
    renderWithProviders(<ApiDocsPage />);

    expect(screen.getByRole('heading', { level: 1, name: 'De API van het register' })).toBeTruthy();
    expect(screen.getAllByTestId('api-example').map((item) => item.dataset['example'])).toEqual(API_EXAMPLES.map((each) => each.id));
    for (const each of API_EXAMPLES) {
      const blocks = within(example(each.id)).getAllByTestId('code-block');
      expect(blocks.map((block) => block.querySelector('pre')?.textContent)).toEqual([each.query, variablesJson(each)]);
    }
    expect(within(example('searchNextPage')).getByRole('heading', { level: 3 }).textContent).toBe('Bladeren met cursors');
    expect(example('bulkCheck').textContent).toContain('tot 100 registernummers in één verzoek');
  });

  it('links its sections from a table of contents', () => {
    renderWithProviders(<ApiDocsPage />);

    const toc = screen.getByRole('navigation', { name: 'Op deze pagina' });
    for (const link of within(toc).getAllByRole('link')) {
      const target = document.getElementById((link.getAttribute('href') ?? '').slice(1));
      expect(target?.tagName).toBe('H2');
      expect(target?.textContent).toBe(link.textContent);
    }
    expect(within(toc).getAllByRole('link')).toHaveLength(10);
  });

  it('names the endpoint, the published schema, the key header and where to ask for a key', () => {
    renderWithProviders(<ApiDocsPage />);

    const codes = screen.getAllByRole('region').map((region) => region.textContent);
    expect(codes).toContain(`POST ${window.location.origin}/graphql`);
    expect(codes).toContain('Authorization: Bearer <sleutel>');
    // Anonymous introspection is off in production: the page points to the SDL instead.
    expect(screen.getByText('/schema.graphql', { selector: 'code' })).toBeTruthy();
    expect(codes.some((code) => code?.startsWith(`curl ${window.location.origin}/graphql \\`))).toBe(true);
    expect(screen.getByRole('link', { name: 'registerbureau@schoolleidersregister.nl' }).getAttribute('href')).toBe('mailto:registerbureau@schoolleidersregister.nl');
  });

  it('gives the open-data files’ addresses, their fields and licence', () => {
    renderWithProviders(<ApiDocsPage />);

    const codes = screen.getAllByRole('region').map((region) => region.textContent);
    expect(codes).toContain(`${window.location.origin}/open-data/schoolleidersregister.csv`);
    expect(codes).toContain(`${window.location.origin}/open-data/schoolleidersregister.json`);
    const fields = [...screen.getByTestId('open-data-fields').querySelectorAll('li')].map((item) => item.querySelector('code')?.textContent);
    expect(fields).toEqual(['registerNumber', 'displayName', 'title', 'aspirant', 'qualificationLevel', 'status', 'registeredOn', 'reRegistrationDue', 'completedThemes', 'boards']);
    expect(screen.getByText('CC-BY-4.0', { selector: 'code' })).toBeTruthy();
  });

  it('copies an example’s query and says so in a live region', async () => {
    const writeText = stubClipboard(() => Promise.resolve());
    renderWithProviders(<ApiDocsPage />);

    const search = within(example('search'));
    fireEvent.click(search.getByRole('button', { name: 'Query van “Zoeken met filters” kopiëren' }));
    expect(await search.findByText('Query van “Zoeken met filters” is gekopieerd.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(API_EXAMPLES.find((each) => each.id === 'search')?.query);

    fireEvent.click(search.getByRole('button', { name: 'Variabelen van “Zoeken met filters” kopiëren' }));
    await vi.waitFor(() => expect(writeText).toHaveBeenLastCalledWith(variablesJson(API_EXAMPLES.find((each) => each.id === 'search') ?? API_EXAMPLES[0]!)));
  });

  it('asks to copy by hand when the browser refuses', async () => {
    stubClipboard(() => Promise.reject(new Error('denied')));
    renderWithProviders(<ApiDocsPage />);

    fireEvent.click(within(example('themes')).getByRole('button', { name: /^Query van .* kopiëren$/ }));
    expect(await within(example('themes')).findByText('Kopiëren is niet gelukt. Selecteer de tekst en kopieer hem zelf.')).toBeTruthy();
  });

  it('publishes the limits with Dutch numbers', () => {
    renderWithProviders(<ApiDocsPage />);

    const limits = screen.getByTestId('api-limits').textContent ?? '';
    expect(limits).toContain('hoogstens 6 niveaus diep');
    expect(limits).toContain('hoogstens 15 per verzoek');
    expect(limits).toContain('hoogstens 5.000 tokens');
    expect(limits).toContain('first van 1 tot en met 100 resultaten');
    expect(limits).toContain('registerStatistics telt de hele geschiedenis van het register en kost daarom 2.000 punten; één verzoek vraagt hoogstens 2 peildata op.');
    expect(screen.getByTestId('rate-limit-budgets').textContent).toBe(
      'Het tegoed is nu 20.000 punten per 60 seconden per IP-adres zonder sleutel en 100.000 punten per 60 seconden per API-sleutel. Alle servers van het register delen dezelfde tellers.',
    );
    expect(screen.getByTestId('rate-limit-headers').querySelectorAll('dt')).toHaveLength(4);
  });

  it('lists every error class and every reason of the API’s catalogue', () => {
    renderWithProviders(<ApiDocsPage />);

    const { classes, reasons } = errorCatalogue();
    const codesIn = (testId: string) => [...screen.getByTestId(testId).querySelectorAll<HTMLElement>('[data-code]')].map((entry) => entry.dataset['code']);
    expect(codesIn('error-classes')).toEqual(classes.map((entry) => entry.code));
    expect(codesIn('error-reasons')).toEqual(reasons.map((entry) => entry.code));
    const rateLimited = screen.getByTestId('error-classes').querySelector('[data-code="RATE_LIMITED"]');
    expect(rateLimited?.textContent).toContain('Retry-After');
    expect(screen.getByTestId('error-reasons').textContent).not.toMatch(/\{\w+\}/);
  });

  it('speaks English when English is chosen', () => {
    renderWithProviders(<ApiDocsPage />, { language: 'en' });

    expect(screen.getByRole('heading', { level: 1, name: 'The register’s API' })).toBeTruthy();
    expect(screen.getAllByRole('region').map((region) => region.textContent)).toContain('Authorization: Bearer <key>');
    expect(screen.getByTestId('api-limits').textContent).toContain('at most 5,000 tokens');
    const reason = screen.getByTestId('error-reasons').querySelector('[data-code="DIRECTOR_NEEDS_VAKBEKWAAM"]');
    expect(reason?.textContent).toContain('A director must be at least vakbekwaam for the RDO title.');
    expect(reason?.querySelector('dd')?.getAttribute('lang')).toBeNull();
    // The API's own reasons have Dutch descriptions only: marked as Dutch on the English page.
    expect(screen.getByTestId('error-reasons').querySelector('[data-code="ALREADY_EXISTS"] dd')?.getAttribute('lang')).toBe('nl');
  });
});
