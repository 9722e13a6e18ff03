import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../App';
import type { CredentialVerificationFieldsFragment } from '../gql/graphql';
import { renderWithProviders } from '../test/renderWithProviders';
import { CredentialVerificationQuery, VerifyCredentialQuery } from './graphql';

const ID = '6f1c2a34-0000-4000-8000-000000000001';

function verification(overrides: Partial<CredentialVerificationFieldsFragment> = {}): CredentialVerificationFieldsFragment {
  return {
    __typename: 'CredentialVerification',
    signatureValid: true,
    status: 'VALID',
    issuerName: 'Schoolleidersregister PO',
    credentialId: ID,
    registerNumber: '100004',
    displayName: 'Anna van Dijk',
    title: 'RDO',
    aspirant: false,
    validFrom: '2022-08-01',
    validUntil: '2027-02-01',
    checkedAt: '2026-11-30T08:05:00.000Z',
    problem: null,
    ...overrides,
  };
}

function byId(answer: CredentialVerificationFieldsFragment | null): MockLink.MockedResponse {
  return {
    request: { query: CredentialVerificationQuery, variables: { id: ID } },
    result: { data: { __typename: 'Query', credentialVerification: answer } },
  };
}

function fact(term: string): string | null | undefined {
  const dt = screen.getAllByRole('term').find((element) => element.textContent === term);
  return dt?.nextElementSibling?.textContent;
}

const verdict = async () => (await screen.findByTestId('verification-verdict')).textContent;

describe('verification page (/verificatie/:id)', () => {
  it('says a valid proof is genuine and valid, for whom, which title and period, and when it was checked', async () => {
    renderWithProviders(<App />, { route: `/verificatie/${ID}`, mocks: [byId(verification())] });

    expect(await verdict()).toBe('Dit bewijs is echt en nu geldig.');
    expect(screen.getByRole('heading', { level: 1, name: 'Controle van een bewijs van registratie' })).toBeTruthy();
    expect(fact('Op naam van')).toBe('Anna van Dijk');
    expect(screen.getByRole('link', { name: '100004, bekijk de registratie' }).getAttribute('href')).toBe('/register/100004');
    expect(fact('Titel')).toBe('RDO (Registerdirecteur Onderwijs)');
    expect(fact('Periode')).toBe('1 augustus 2022 tot en met 1 februari 2027');
    expect(fact('Status')).toBe('Geldig');
    expect(fact('Uitgegeven door')).toBe('Schoolleidersregister PO');
    expect(fact('Gecontroleerd op')).toBe('30 november 2026 om 09:05');
    expect(screen.queryByTestId('verification-problem')).toBeNull();
    // How to check without this site: the issuer's keys in the DID document.
    expect(screen.getByRole('link', { name: /\/\.well-known\/did\.json$/ }).getAttribute('href')).toBe('/.well-known/did.json');
    await waitFor(() => expect(document.title).toBe('Bewijs van registratie controleren | Schoolleidersregister PO'));
    expect(screen.getByTestId('verification-result').textContent).not.toMatch(/\d{4}-\d{2}-\d{2}|VALID|RDO\b(?! \()/);
  });

  it('says a revoked proof is genuine but revoked, and why', async () => {
    const problem = 'De registratie is op 1 februari 2027 verlopen.';
    renderWithProviders(<App />, {
      route: `/verificatie/${ID}`,
      mocks: [byId(verification({ status: 'REVOKED', problem, title: 'RADO', aspirant: true, validUntil: null }))],
    });

    expect(await verdict()).toBe('Dit bewijs is echt, maar het register heeft het ingetrokken: het geldt niet meer.');
    expect(screen.getByTestId('verification-problem').textContent).toBe(`Reden: ${problem}`);
    expect(fact('Status')).toBe('Ingetrokken');
    expect(fact('Titel')).toBe('aspirant RADO (Registeradjunct-directeur Onderwijs)');
    expect(fact('Periode')).toBe('vanaf 1 augustus 2022, zonder einddatum');
  });

  it('says an unknown id is not found', async () => {
    renderWithProviders(<App />, { route: `/verificatie/${ID}`, mocks: [byId(null)] });
    expect((await screen.findByTestId('verification-not-found')).textContent).toMatch(/^Het register kent geen bewijs van registratie met dit kenmerk\./);
    expect(screen.getByRole('heading', { level: 1, name: 'Bewijs niet gevonden' })).toBeTruthy();
    expect(screen.queryByTestId('verification-result')).toBeNull();
    await waitFor(() => expect(document.title).toBe('Bewijs niet gevonden | Schoolleidersregister PO'));
  });
});

describe('checking a file (/verificatie)', () => {
  function byContent(credential: string, answer: CredentialVerificationFieldsFragment | GraphQLError): MockLink.MockedResponse {
    return {
      request: { query: VerifyCredentialQuery, variables: { credential } },
      result: answer instanceof GraphQLError ? { errors: [answer] } : { data: { __typename: 'Query', verifyCredential: answer } },
    };
  }

  it('reads a chosen file in the browser and shows the register’s answer', async () => {
    const jwt = 'eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2lnbmF0dXJl';
    renderWithProviders(<App />, { route: '/verificatie', mocks: [byContent(jwt, verification())] });

    const input = await screen.findByLabelText('Kies een bestand');
    fireEvent.change(input, { target: { files: [new File([`${jwt}\n`], 'bewijs.jwt', { type: 'application/jwt' })] } });
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Inhoud van het bewijs' }) as HTMLTextAreaElement).value).toBe(jwt));
    expect(screen.getByTestId('chosen-file').textContent).toBe('Gekozen bestand: bewijs.jwt');
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));

    expect(await verdict()).toBe('Dit bewijs is echt en nu geldig.');
    const result = screen.getByRole('region', { name: 'Uitkomst van de controle' });
    expect(within(result).getByRole('link', { name: '100004, bekijk de registratie' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Uitkomst van de controle'));
  });

  it('says a changed file is not genuine, without showing its details', async () => {
    const changed = '{"credentialSubject":{"name":"Iemand Anders"}}';
    renderWithProviders(<App />, {
      route: '/verificatie',
      mocks: [byContent(changed, verification({ signatureValid: false, status: 'REVOKED', problem: 'De handtekening klopt niet.', displayName: 'Iemand Anders' }))],
    });

    fireEvent.change(await screen.findByRole('textbox', { name: 'Inhoud van het bewijs' }), { target: { value: changed } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));

    expect(await verdict()).toBe('Dit is geen echt bewijs van registratie: het register herkent zijn digitale handtekening er niet in.');
    expect(screen.getByTestId('verification-problem').textContent).toBe('Reden: De handtekening klopt niet.');
    expect(screen.queryByText('Iemand Anders')).toBeNull();
    expect(fact('Gecontroleerd op')).toBe('30 november 2026 om 09:05');
  });

  it('asks for content before sending, refuses a file that is too large, and shows the API’s refusal', async () => {
    const garbage = 'geen bewijs';
    renderWithProviders(<App />, {
      route: '/verificatie',
      mocks: [byContent(garbage, new GraphQLError('Dit is geen bewijs van registratie.', { extensions: { code: 'BAD_USER_INPUT' } }))],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Controleren' }));
    expect(screen.getByText('Kies een bestand of plak de inhoud van het bewijs.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Kies een bestand'), { target: { files: [new File(['x'.repeat(10_001)], 'lang.jwt')] } });
    expect(await screen.findByText('Dit is te lang voor een bewijs van registratie: dat telt hooguit 10.000 tekens.')).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: 'Inhoud van het bewijs' }), { target: { value: garbage } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
    expect((await screen.findByTestId('verification-error')).textContent).toBe('Dit is geen bewijs van registratie.');
  });
});
