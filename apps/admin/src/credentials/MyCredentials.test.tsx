import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import type { ListedCredential } from './CredentialCard';
import { MyCredentialsQuery } from './graphql';
import { MyCredentials } from './MyCredentials';

function credential(overrides: Partial<ListedCredential> = {}): ListedCredential {
  return {
    __typename: 'LeaderCredential',
    id: '6f1c2a34-0000-4000-8000-000000000001',
    title: 'RDO',
    aspirant: false,
    validFrom: '2022-08-01',
    validUntil: '2027-02-01',
    status: 'VALID',
    verificationUrl: 'https://register.example/verificatie/6f1c2a34-0000-4000-8000-000000000001',
    downloadUrl: '/credentials/6f1c2a34-0000-4000-8000-000000000001.jwt',
    ...overrides,
  };
}

function mock(credentials: ListedCredential[]): MockLink.MockedResponse {
  return { request: { query: MyCredentialsQuery }, result: { data: { __typename: 'Query', myCredentials: credentials } } };
}

function fact(card: HTMLElement, term: string): string | null | undefined {
  const dt = within(card).getAllByRole('term').find((element) => element.textContent === term);
  return dt?.nextElementSibling?.textContent;
}

describe('MyCredentials', () => {
  it('shows a card per credential: title, period in Dutch dates, status in words, the download and the QR code with its link', async () => {
    const revoked = credential({
      id: 'c0',
      title: 'RADO',
      aspirant: true,
      validFrom: '2018-03-01',
      validUntil: '2020-02-29',
      status: 'REVOKED',
      verificationUrl: 'https://register.example/verificatie/c0',
      downloadUrl: '/credentials/c0.jwt',
    });
    renderWithProviders(<MyCredentials />, { mocks: [mock([credential(), revoked])] });

    const card = await screen.findByRole('article', { name: 'Bewijs van registratie: RDO' });
    expect(screen.getByText('U hebt 2 bewijzen van registratie: één per registratieperiode.')).toBeTruthy();
    expect(fact(card, 'Titel')).toBe('RDO (Registerdirecteur Onderwijs)');
    expect(fact(card, 'Periode')).toBe('1 augustus 2022 tot en met 1 februari 2027');
    expect(fact(card, 'Status')).toMatch(/^Geldig/);
    expect(within(card).getByRole('link', { name: 'Download (verifieerbaar bewijs)' }).getAttribute('href')).toBe(
      '/credentials/6f1c2a34-0000-4000-8000-000000000001.jwt',
    );
    const qr = within(card).getByRole('img', { name: 'QR-code met de link naar de controlepagina van uw bewijs van registratie als RDO' });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr.querySelector('path')?.getAttribute('d')).toBeTruthy();
    expect((within(card).getByRole('textbox', { name: 'Link naar de controlepagina' }) as HTMLTextAreaElement).value).toBe(
      'https://register.example/verificatie/6f1c2a34-0000-4000-8000-000000000001',
    );

    const old = screen.getByRole('article', { name: 'Bewijs van registratie: aspirant RADO' });
    expect(fact(old, 'Periode')).toBe('1 maart 2018 tot en met 29 februari 2020');
    expect(fact(old, 'Status')).toMatch(/^Ingetrokken.*niet meer/);
    expect(old.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}|REVOKED|ASPIRANT/);
  });

  it('says so when the period has no end, and counts one in the singular', async () => {
    renderWithProviders(<MyCredentials />, { mocks: [mock([credential({ validUntil: null, status: 'NOT_YET_VALID' })])] });
    const card = await screen.findByRole('article', { name: 'Bewijs van registratie: RDO' });
    expect(screen.getByText('U hebt 1 bewijs van registratie: één per registratieperiode.')).toBeTruthy();
    expect(fact(card, 'Periode')).toBe('vanaf 1 augustus 2022, zonder einddatum');
    expect(fact(card, 'Status')).toMatch(/^Nog niet geldig/);
  });

  it('tells a leader without credentials when they get one', async () => {
    renderWithProviders(<MyCredentials />, { mocks: [mock([])] });
    expect(await screen.findByText('U hebt nog geen bewijs van registratie. Dat krijgt u zodra u geregistreerd bent.')).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });
});
