import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './App';
import { renderWithProviders } from './test/renderWithProviders';

describe('App routes', () => {
  it('shows the dashboard placeholder with a skip link, navigation and main landmark', () => {
    renderWithProviders(<App />, { route: '/' });

    expect(screen.getByRole('heading', { level: 1, name: 'Welkom in het portaal' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar de inhoud' }).getAttribute('href')).toBe('#main-content');
    expect(screen.getByRole('main').id).toBe('main-content');
    const nav = within(screen.getByRole('navigation', { name: 'Hoofdmenu' }));
    expect(nav.getByRole('link', { name: 'Overzicht' }).getAttribute('aria-current')).toBe('page');
    expect(nav.getByRole('link', { name: 'Thema’s' }).getAttribute('href')).toBe('/themas');
    expect(document.title).toBe('Overzicht | Portaal Schoolleidersregister PO');
  });

  it('shows a not-found page for an unknown address', () => {
    renderWithProviders(<App />, { route: '/onbekend' });

    expect(screen.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeTruthy();
  });

  it('switches to English', () => {
    renderWithProviders(<App />, { route: '/' });

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to the portal' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });
});
