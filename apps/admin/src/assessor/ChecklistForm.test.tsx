import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { ChecklistForm } from './ChecklistForm';
import { RecordPortfolioAssessmentMutation } from './graphql';

const THEME = { id: 'theme-1', code: '1', name: 'Persoonlijk leiderschap' };
const COUNTS = {
  'Collega’s met feedback': '3',
  'Aantal bronnen': '5',
  'Waarvan literatuur': '1',
  'Aantal bewijsstukken': '6',
  'Aantal woorden (zonder bijlagen)': '2800',
};
const CHECKS = ['Volgt de vaste inrichting', 'Laat de ontwikkeling op het thema zien', 'Heldere formulering, zinsbouw en spelling', 'Geschreven vanuit de eigen rol als schoolleider'];

function fill(counts: Record<string, string>) {
  for (const label of CHECKS) fireEvent.click(screen.getByRole('checkbox', { name: label }));
  for (const [label, value] of Object.entries(counts)) fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });
}

describe('ChecklistForm', () => {
  it('names the unmet requirement beside its field and asks for feedback before recording "onvoldoende"', async () => {
    const onRecorded = vi.fn(() => Promise.resolve());
    const checklist = {
      followsFixedStructure: true,
      showsDevelopment: true,
      clearWriting: true,
      ownRoleCentral: true,
      colleagueFeedbackCount: 3,
      sourceCount: 5,
      literatureSourceCount: 1,
      evidenceCount: 6,
      wordCount: 2800,
    };
    renderWithProviders(<ChecklistForm caseId="case-1" theme={THEME} onRecorded={onRecorded} />, {
      mocks: [
        {
          request: { query: RecordPortfolioAssessmentMutation, variables: { input: { caseId: 'case-1', themeId: 'theme-1', checklist, feedback: 'Gebruik meer literatuur.' } } },
          result: { data: { recordPortfolioAssessment: { __typename: 'PortfolioCase', id: 'case-1' } } },
        },
      ],
    });
    fill(COUNTS);

    expect(screen.getByText('Minimaal 2 bronnen moeten literatuur zijn (nu 1).')).toBeTruthy();
    expect(screen.getByTestId('checklist-verdict').textContent).toBe('Het portfolio voldoet aan 1 eis niet: onvoldoende.');
    expect(screen.getAllByTestId('checklist-problem')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Beoordeling vastleggen' }));
    expect(screen.getByText('Schrijf feedback bij een onvoldoende oordeel.')).toBeTruthy();
    expect(onRecorded).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole('textbox', { name: /Feedback voor de schoolleider/ }), { target: { value: 'Gebruik meer literatuur.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Beoordeling vastleggen' }));
    await vi.waitFor(() => expect(onRecorded).toHaveBeenCalledOnce());
    expect(screen.getByText('Uw beoordeling van 1. Persoonlijk leiderschap is vastgelegd.')).toBeTruthy();
  });

  it('shows "voldoende" once every requirement is met', () => {
    renderWithProviders(<ChecklistForm caseId="case-1" theme={THEME} onRecorded={() => Promise.resolve()} />);
    fill({ ...COUNTS, 'Waarvan literatuur': '2' });
    expect(screen.getByTestId('checklist-verdict').textContent).toBe('Het portfolio voldoet aan alle eisen: voldoende.');
    expect(screen.queryAllByTestId('checklist-problem')).toHaveLength(0);
  });
});
