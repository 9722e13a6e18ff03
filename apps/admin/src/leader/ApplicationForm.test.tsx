import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { applicationFixture } from '../test/applicationFixture';
import { apiError } from '../test/fixtures';
import type { ApplicationFieldsFragment, ThemeProgressFieldsFragment } from '../gql/graphql';
import { MyThemeProgressQuery } from '../progress/graphql';
import { renderWithProviders } from '../test/renderWithProviders';
import { ApplicationForm } from './ApplicationForm';
import { prefillFromRegister } from './applicationForm';
import { CreateApplicationMutation } from './graphql';

function choose(label: string, option: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: option }));
}

function fieldLabels(): string[] {
  const fields = screen.queryByTestId('claim-fields');
  if (!fields) return [];
  // Text fields and selects have an InputLabel (a <label> or, for a select, an element labelling the combobox); checkboxes a <label>.
  return [...fields.querySelectorAll('.MuiInputLabel-root, .MuiFormControlLabel-root')].map((label) => label.textContent?.replace(/\s*\*$/, '') ?? '');
}

const noop = () => undefined;

const DECISION: NonNullable<ApplicationFieldsFragment['decision']> = {
  __typename: 'Decision',
  id: 'dec1',
  outcome: 'APPROVED',
  decidedOn: '2025-10-15',
  objectionDeadline: '2025-11-26',
  reasons: null,
  isException: false,
  exceptionJustification: null,
  grantedLevel: null,
  objections: [],
};

describe('ApplicationForm', () => {
  it('shows the fields of the chosen route, labelled for it', () => {
    renderWithProviders(<ApplicationForm application={null} onCreated={noop} onSubmitted={noop} onReload={noop} />);
    expect(fieldLabels()).toEqual([]);

    choose('Kwalificatieroute', 'Gecertificeerde schoolleidersopleiding');
    expect(fieldLabels()).toEqual([
      'Niveau van de opleiding',
      'Opleiding en instelling',
      'Certificering van de opleiding geldig vanaf',
      'Certificering van de opleiding geldig tot en met',
      'Diplomadatum',
    ]);

    choose('Kwalificatieroute', 'NVAO-geaccrediteerde master');
    expect(fieldLabels()).toEqual([
      'Masteropleiding en instelling',
      'De master is door de NVAO geaccrediteerd',
      'De master sluit aan bij de beroepsstandaard',
      'Diplomadatum',
    ]);

    choose('Kwalificatieroute', 'Assessment');
    expect(fieldLabels()).toContain('Datum van het assessment');

    fireEvent.click(screen.getByRole('radio', { name: 'Aspirant-registratie' }));
    expect(screen.queryByRole('combobox', { name: 'Kwalificatieroute' })).toBeNull();
    expect(fieldLabels()).toEqual([
      'Niveau van de opleiding',
      'Opleiding en instelling',
      'Certificering van de opleiding geldig vanaf',
      'Certificering van de opleiding geldig tot en met',
      'Ingeschreven voor de opleiding op',
      'Verwachte einddatum van de opleiding',
    ]);
  });

  it('an empty submit sends nothing: a summary links each missing field, and the kind stays choosable', () => {
    const onCreated = vi.fn();
    // No mocks: any request would fail the form with an API error instead of the summary.
    renderWithProviders(<ApplicationForm application={null} onCreated={onCreated} onSubmitted={noop} onReload={noop} />);
    fireEvent.click(screen.getByRole('button', { name: 'Indienen' }));

    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Er is een probleem');
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([['Kies “Kwalificatieroute”.', '#application-route']]);
    expect(document.activeElement).toBe(summary);
    expect(onCreated).not.toHaveBeenCalled();
    expect(screen.getByRole('radiogroup', { name: 'Soort aanvraag' }).closest('fieldset')?.disabled ?? false).toBe(false);
    fireEvent.click(screen.getByRole('radio', { name: 'Aspirant-registratie' }));
    expect(screen.getByRole('radio', { name: 'Aspirant-registratie' })).toHaveProperty('checked', true);
  });

  it('checks each field when the user leaves it, with the message linked to the field', () => {
    renderWithProviders(<ApplicationForm application={null} onCreated={noop} onSubmitted={noop} onReload={noop} />);
    choose('Kwalificatieroute', 'Gecertificeerde schoolleidersopleiding');
    const diploma = screen.getByLabelText('Diplomadatum');
    expect(diploma.getAttribute('aria-invalid')).toBe('false');
    fireEvent.blur(diploma);
    expect(diploma.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(diploma.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Vul “Diplomadatum” in.');

    fireEvent.change(screen.getByLabelText('Certificering van de opleiding geldig vanaf'), { target: { value: '2023-01-01' } });
    const until = screen.getByLabelText('Certificering van de opleiding geldig tot en met');
    fireEvent.change(until, { target: { value: '2022-12-31' } });
    fireEvent.blur(until);
    expect(document.getElementById(until.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/^De certificering kan niet eindigen vóór ze begint/);
    fireEvent.change(until, { target: { value: '2029-01-01' } });
    expect(until.getAttribute('aria-invalid')).toBe('false');
    // Untouched fields stay quiet until the user leaves them or submits.
    expect(screen.getByLabelText('Opleiding en instelling').getAttribute('aria-invalid')).toBe('false');
  });

  it('creates and submits a new application in one step; when the rules refuse, nothing is created and the kind stays choosable', async () => {
    const input = {
      leaderFunction: 'DIRECTOR',
      requestedTitle: 'RDO',
      qualificationRoute: 'CERTIFIED_PROGRAMME',
      reRegistrationRoute: null,
      claimedLevel: 'BASISBEKWAAM',
      institution: 'Academie voor Schoolleiders',
      certificationValidFrom: '2023-01-01',
      certificationValidUntil: null,
      evidenceDate: '2025-06-30',
      enrolledOn: null,
      expectedEndDate: null,
      nvaoAccredited: null,
      alignedWithStandard: null,
      leaderNote: null,
    };
    const message = 'Een directeur moet minimaal vakbekwaam zijn voor de titel RDO.';
    const mocks: MockLink.MockedResponse[] = [
      {
        request: { query: CreateApplicationMutation, variables: { kind: 'INITIAL', input, submit: true } },
        result: { errors: [apiError('BAD_USER_INPUT', message, { reason: 'DIRECTOR_NEEDS_VAKBEKWAAM', reasons: [{ code: 'DIRECTOR_NEEDS_VAKBEKWAAM', message }] })] },
      },
    ];
    const onCreated = vi.fn();
    const onSubmitted = vi.fn();
    renderWithProviders(<ApplicationForm application={null} onCreated={onCreated} onSubmitted={onSubmitted} onReload={noop} />, { mocks });

    choose('Kwalificatieroute', 'Gecertificeerde schoolleidersopleiding');
    choose('Niveau van de opleiding', 'basisbekwaam');
    fireEvent.change(screen.getByLabelText('Opleiding en instelling'), { target: { value: 'Academie voor Schoolleiders' } });
    fireEvent.change(screen.getByLabelText('Certificering van de opleiding geldig vanaf'), { target: { value: '2023-01-01' } });
    fireEvent.change(screen.getByLabelText('Diplomadatum'), { target: { value: '2025-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Indienen' }));

    await screen.findByTestId('error-reasons');
    expect(within(screen.getByTestId('error-reasons')).getAllByRole('listitem').map((item) => item.textContent)).toEqual([message]);
    expect(onCreated).not.toHaveBeenCalled();
    expect(onSubmitted).not.toHaveBeenCalled();
    expect(screen.getByRole('radiogroup', { name: 'Soort aanvraag' }).closest('fieldset')?.disabled ?? false).toBe(false);
  });

  it('starts from what the register knows and says where each value comes from', () => {
    const prefill = prefillFromRegister(
      {
        registration: null,
        employments: [{ function: 'DEPUTY_DIRECTOR', schoolName: 'De Klimop', boardName: 'Vereniging Amsterdam', startsOn: '2024-08-01', endsOn: null }],
        applications: [
          applicationFixture({
            kind: 'ASPIRANT',
            status: 'APPROVED',
            qualificationRoute: null,
            claimedLevel: 'BASISBEKWAAM',
            institution: 'Schoolleidersopleiding Basisbekwaam, Hogeschool Utrecht',
            evidenceDate: null,
            enrolledOn: '2025-09-01',
            expectedEndDate: '2027-07-01',
            decision: { ...DECISION, outcome: 'APPROVED', decidedOn: '2025-10-15' },
          }),
        ],
      },
      '2026-11-29',
    );
    renderWithProviders(<ApplicationForm application={null} prefill={prefill} onCreated={noop} onSubmitted={noop} onReload={noop} />);
    expect(screen.getByText('Wij hebben alvast ingevuld wat het register van u weet. Controleer dit en pas het aan waar nodig.')).toBeTruthy();
    const functionField = screen.getByRole('combobox', { name: 'Functie' });
    expect(functionField.textContent).toBe('Adjunct-directeur');
    expect(document.getElementById(functionField.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Uit het register: uw functie bij De Klimop, Vereniging Amsterdam');
    expect(screen.getByRole('combobox', { name: 'Gevraagde titel' }).textContent).toMatch(/^RADO/);
    const institution = screen.getByLabelText('Opleiding en instelling');
    expect(institution).toHaveProperty('value', 'Schoolleidersopleiding Basisbekwaam, Hogeschool Utrecht');
    expect(document.getElementById(institution.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Uit uw goedgekeurde aanvraag (besluit van 15 oktober 2025)');
    fireEvent.change(institution, { target: { value: 'Andere opleiding' } });
    expect(institution.getAttribute('aria-describedby')).toBeNull();
  });

  it('offers re-registration only with a registration, with the fields of the chosen route', async () => {
    const { unmount } = renderWithProviders(<ApplicationForm application={null} onCreated={noop} onSubmitted={noop} onReload={noop} />);
    expect(screen.queryByRole('radio', { name: 'Herregistratie' })).toBeNull();
    unmount();

    const ref = (code: string, name: string) => ({ __typename: 'ThemeRef' as const, code, name });
    const progress: ThemeProgressFieldsFragment = {
      __typename: 'ThemeProgress',
      periodStartsOn: '2022-09-01',
      dueDate: '2026-09-01',
      themes: [
        { __typename: 'ThemeProgressItem', completed: true, completedOn: '2026-03-02', route: 'FORMAL', basis: 'WHOLE_THEME', informalSource: null, theme: ref('1', 'Persoonlijk leiderschap'), coveredSubthemes: [], missingSubthemes: [] },
        { __typename: 'ThemeProgressItem', completed: true, completedOn: '2026-03-02', route: 'FORMAL', basis: 'WHOLE_THEME', informalSource: null, theme: ref('2', 'Regie & strategie'), coveredSubthemes: [], missingSubthemes: [] },
        { __typename: 'ThemeProgressItem', completed: false, completedOn: null, route: null, basis: null, informalSource: null, theme: ref('3', 'In relatie staan tot de omgeving'), coveredSubthemes: [], missingSubthemes: [] },
      ],
      evaluation: { __typename: 'ReRegistrationEvaluation', eligible: false, route: null, themesCompleted: 2, themesMissing: 1, themesRequired: 3, nextDueDate: null, newLevel: null, expiresOn: '2027-03-01', reasons: [], explanation: [] },
    };
    const mocks: MockLink.MockedResponse[] = [
      { request: { query: MyThemeProgressQuery }, result: { data: { __typename: 'Query', myThemeProgress: progress } }, maxUsageCount: 5 },
    ];
    const onSubmitted = vi.fn();
    renderWithProviders(<ApplicationForm application={null} hasRegistration onCreated={noop} onSubmitted={onSubmitted} onReload={noop} />, { mocks });

    fireEvent.click(screen.getByRole('radio', { name: 'Herregistratie' }));
    expect(screen.queryByRole('combobox', { name: 'Kwalificatieroute' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Route voor herregistratie' })).toBeTruthy();

    choose('Route voor herregistratie', 'NVAO-master');
    expect(fieldLabels()).toEqual(['De master is door de NVAO geaccrediteerd', 'De master sluit aan bij de beroepsstandaard', 'Diplomadatum', 'Masteropleiding en instelling']);

    choose('Route voor herregistratie', 'Opleiding vakbekwaam');
    expect(fieldLabels()).toEqual(['Opleiding en instelling', 'Certificering van de opleiding geldig vanaf', 'Certificering van de opleiding geldig tot en met', 'Diplomadatum']);

    choose('Route voor herregistratie', 'Drie thema’s afgerond');
    expect(fieldLabels()).toEqual([]);
    const themes = screen.getByTestId('re-registration-themes');
    expect((await within(themes).findByText('Afgerond in deze periode: 2 van de 3 thema’s.')).textContent).toBeTruthy();
    expect(themes.textContent).toContain('1. Persoonlijk leiderschap, 2. Regie & strategie');

    // The route says at once that the domain's count falls short; submitting sends nothing.
    const route = screen.getByRole('combobox', { name: 'Route voor herregistratie' });
    const why = 'U hebt 2 van de 3 thema’s afgerond; er ontbreekt nog 1. Met deze route kunt u pas indienen als u genoeg thema’s hebt afgerond.';
    await waitFor(() => expect(document.getElementById(route.getAttribute('aria-describedby') ?? '')?.textContent).toBe(why));
    fireEvent.click(screen.getByRole('button', { name: 'Indienen' }));
    expect(within(screen.getByRole('alert')).getAllByRole('link').map((link) => link.textContent)).toEqual([why]);
    expect(onSubmitted).not.toHaveBeenCalled();
  });
});
