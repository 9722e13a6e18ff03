import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { applicationFixture } from '../test/applicationFixture';
import { apiError } from '../test/fixtures';
import type { ThemeProgressFieldsFragment } from '../gql/graphql';
import { MyThemeProgressQuery } from '../progress/graphql';
import { renderWithProviders } from '../test/renderWithProviders';
import { ApplicationForm } from './ApplicationForm';
import { CreateApplicationMutation, SubmitApplicationMutation } from './graphql';

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

  it('creates the draft, submits it and shows the domain’s reasons when the rules refuse', async () => {
    const draft = applicationFixture({ status: 'DRAFT', version: 1, claimedLevel: 'BASISBEKWAAM', submittedAt: null });
    const input = {
      leaderFunction: 'DIRECTOR',
      requestedTitle: 'RDO',
      qualificationRoute: 'CERTIFIED_PROGRAMME',
      reRegistrationRoute: null,
      claimedLevel: 'BASISBEKWAAM',
      institution: null,
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
      { request: { query: CreateApplicationMutation, variables: { kind: 'INITIAL', input } }, result: { data: { __typename: 'Mutation', createApplication: draft } } },
      {
        request: { query: SubmitApplicationMutation, variables: { id: draft.id, version: 1 } },
        result: { errors: [apiError('BAD_USER_INPUT', message, { reason: 'DIRECTOR_NEEDS_VAKBEKWAAM', reasons: [{ code: 'DIRECTOR_NEEDS_VAKBEKWAAM', message }] })] },
      },
    ];
    const onCreated = vi.fn();
    const onSubmitted = vi.fn();
    renderWithProviders(<ApplicationForm application={null} onCreated={onCreated} onSubmitted={onSubmitted} onReload={noop} />, { mocks });

    choose('Kwalificatieroute', 'Gecertificeerde schoolleidersopleiding');
    choose('Niveau van de opleiding', 'basisbekwaam');
    fireEvent.change(screen.getByLabelText('Certificering van de opleiding geldig vanaf'), { target: { value: '2023-01-01' } });
    fireEvent.change(screen.getByLabelText('Diplomadatum'), { target: { value: '2025-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Indienen' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Dit kan niet, omdat:');
    expect(within(screen.getByTestId('error-reasons')).getAllByRole('listitem').map((item) => item.textContent)).toEqual([message]);
    expect(onCreated).toHaveBeenCalledWith(draft);
    expect(onSubmitted).not.toHaveBeenCalled();
    expect(screen.getByRole('radiogroup', { name: 'Soort aanvraag' }).closest('fieldset')?.disabled ?? true).toBe(true);
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
        { __typename: 'ThemeProgressItem', completed: true, completedOn: '2026-03-02', route: 'FORMAL', basis: 'WHOLE_THEME', theme: ref('1', 'Persoonlijk leiderschap'), coveredSubthemes: [], missingSubthemes: [] },
        { __typename: 'ThemeProgressItem', completed: true, completedOn: '2026-03-02', route: 'FORMAL', basis: 'WHOLE_THEME', theme: ref('2', 'Regie & strategie'), coveredSubthemes: [], missingSubthemes: [] },
        { __typename: 'ThemeProgressItem', completed: false, completedOn: null, route: null, basis: null, theme: ref('3', 'In relatie staan tot de omgeving'), coveredSubthemes: [], missingSubthemes: [] },
      ],
      evaluation: { __typename: 'ReRegistrationEvaluation', eligible: false, route: null, themesCompleted: 2, themesMissing: 1, themesRequired: 3, nextDueDate: null, newLevel: null, explanation: [] },
    };
    const draft = applicationFixture({ kind: 'RE_REGISTRATION', status: 'DRAFT', version: 1, qualificationRoute: null, reRegistrationRoute: 'THEMES', claimedLevel: null, submittedAt: null });
    const input = {
      leaderFunction: 'DIRECTOR',
      requestedTitle: 'RDO',
      qualificationRoute: null,
      reRegistrationRoute: 'THEMES',
      claimedLevel: null,
      institution: null,
      certificationValidFrom: null,
      certificationValidUntil: null,
      evidenceDate: null,
      enrolledOn: null,
      expectedEndDate: null,
      nvaoAccredited: null,
      alignedWithStandard: null,
      leaderNote: null,
    };
    const message = 'U hebt in deze periode 2 van de 3 thema’s afgerond.';
    const mocks: MockLink.MockedResponse[] = [
      { request: { query: MyThemeProgressQuery }, result: { data: { __typename: 'Query', myThemeProgress: progress } }, maxUsageCount: 5 },
      { request: { query: CreateApplicationMutation, variables: { kind: 'RE_REGISTRATION', input } }, result: { data: { __typename: 'Mutation', createApplication: draft } } },
      {
        request: { query: SubmitApplicationMutation, variables: { id: draft.id, version: 1 } },
        result: { errors: [apiError('BAD_USER_INPUT', message, { reason: 'THEMES_INSUFFICIENT', reasons: [{ code: 'THEMES_INSUFFICIENT', message }] })] },
      },
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

    fireEvent.click(screen.getByRole('button', { name: 'Indienen' }));
    await screen.findByRole('alert');
    expect(within(screen.getByTestId('error-reasons')).getAllByRole('listitem').map((item) => item.textContent)).toEqual([message]);
    expect(onSubmitted).not.toHaveBeenCalled();
  });
});
