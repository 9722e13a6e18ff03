import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ComponentProps } from 'react';
import { renderWithProviders } from '../test/renderWithProviders';
import { CompletionList } from './CompletionList';

type Progress = ComponentProps<typeof CompletionList>['progress'];

const ref = (code: string, name: string) => ({ __typename: 'ThemeRef' as const, code, name });
const open = (code: string, name: string): Progress['themes'][number] => ({
  __typename: 'ThemeProgressItem',
  completed: false,
  completedOn: null,
  route: null,
  basis: null,
  informalSource: null,
  theme: ref(code, name),
  coveredSubthemes: [],
  missingSubthemes: [],
});

describe('CompletionList', () => {
  it('lists completions and informal validations newest first, each with what it counts for or why not', () => {
    const progress: Progress = {
      themes: [open('1', 'Persoonlijk leiderschap'), open('3', 'In relatie staan tot de omgeving'), open('8', 'Wildcard')],
      completions: [
        { __typename: 'ThemeProgressCompletion', id: 'c1', offeringTitle: 'Persoonlijk leiderschap en regie', completedOn: '2026-01-15', credits: ['1'], counts: true, notCountedReasons: [] },
      ],
      informalValidations: [
        {
          __typename: 'ThemeProgressValidation',
          id: 'v2',
          theme: ref('8', 'Wildcard'),
          source: { __typename: 'InformalValidationSource', method: 'PEER_VALIDATION', organisationName: null, validatedOn: '2026-03-05' },
          counts: true,
          notCountedReasons: [],
        },
        {
          __typename: 'ThemeProgressValidation',
          id: 'v1',
          theme: ref('3', 'In relatie staan tot de omgeving'),
          source: { __typename: 'InformalValidationSource', method: 'PORTFOLIO', organisationName: 'Assessoren Noord', validatedOn: '2021-06-01' },
          counts: false,
          notCountedReasons: ['De afronding van 1 juni 2021 valt buiten de periode.'],
        },
      ],
    };
    renderWithProviders(<CompletionList progress={progress} />);
    expect(screen.getAllByRole('listitem').map((item) => [item.getAttribute('data-testid'), item.textContent])).toEqual([
      ['validation', 'Intervisie “Schoolleiders waarderen schoolleiders”, bijeenkomst van 5 maart 2026Telt mee voor: 8. Wildcard'],
      ['completion', 'Persoonlijk leiderschap en regie, afgerond op 15 januari 2026Telt mee voor: 1. Persoonlijk leiderschap'],
      ['validation', 'Portfolio, gevalideerd door Assessoren Noord op 1 juni 2021Telt niet mee, want de afronding van 1 juni 2021 valt buiten de periode.'],
    ]);
  });
});
