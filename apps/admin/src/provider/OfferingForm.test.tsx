import type { MockLink } from '@apollo/client/testing';
import { todayInAmsterdam } from '@srpo/domain';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { OfferingFieldsFragment } from '../gql/graphql';
import { renderWithProviders } from '../test/renderWithProviders';
import { ClaimableThemesQuery, UpdateOfferingMutation } from './graphql';
import { OfferingForm } from './OfferingForm';

const certified: OfferingFieldsFragment = {
  __typename: 'Offering',
  id: 'o1',
  title: 'Leiderschap in verandering',
  kind: 'COURSE',
  description: 'Drie dagen.',
  hours: 24,
  learningGoals: 'U leidt een veranderproces.',
  programme: 'Dag 1: visie.',
  priceCents: 89500,
  contentLocked: true,
  leadsToLevel: null,
  status: 'CERTIFIED',
  submittedOn: '2026-01-05',
  ownerName: 'Academie Noord',
  version: 4,
  claimedThemes: [{ __typename: 'ThemeRef', code: '6', name: 'Leiding geven aan verandering' }],
  claimedSubthemes: [],
  currentCertification: null,
  certifications: [],
  executions: [],
};

const themes: MockLink.MockedResponse = {
  request: { query: ClaimableThemesQuery, variables: { activeOn: todayInAmsterdam(new Date()) } },
  result: { data: { themes: [{ __typename: 'Theme', id: 't6', code: '6', name: 'Leiding geven aan verandering', subthemes: [] }] } },
};

describe('OfferingForm', () => {
  it('locks the certified content and leaves the price editable, saving the price in cents', async () => {
    const input = {
      title: certified.title,
      kind: 'COURSE',
      description: certified.description,
      hours: 24,
      learningGoals: certified.learningGoals,
      programme: certified.programme,
      priceCents: 92550,
      leadsToLevel: null,
      themeCodes: ['6'],
      subthemeCodes: [],
    };
    const saved: MockLink.MockedResponse = {
      request: { query: UpdateOfferingMutation, variables: { id: 'o1', version: 4, input } },
      result: { data: { updateOffering: { ...certified, priceCents: 92550, version: 5 } } },
    };
    const onSaved = vi.fn();
    renderWithProviders(<OfferingForm offering={certified} onSaved={onSaved} onReload={() => undefined} />, { mocks: [themes, saved] });

    expect(screen.getByText(/Dit aanbod is gecertificeerd: wat het register heeft beoordeeld ligt vast/)).toBeTruthy();
    for (const label of [/^Titel/, /^Beschrijving/, /^Leerdoelen/, /^Programma/, /^Studiebelasting/]) {
      expect((screen.getByLabelText(label) as HTMLInputElement).disabled).toBe(true);
    }
    const price = screen.getByLabelText(/^Prijs per deelnemer/) as HTMLInputElement;
    expect(price.disabled).toBe(false);
    expect(price.value).toBe('895,00');
    expect(screen.queryByRole('group', { name: /Thema’s en deelthema’s/ })).toBeNull();

    fireEvent.change(price, { target: { value: 'veel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByText('Vul een bedrag in euro in, zoals 895,00.')).toBeTruthy();

    fireEvent.change(price, { target: { value: '925,50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ priceCents: 92550 }), false));
  });
});
