import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BOARD_OVERVIEW } from '../test/boardOverviewFixture';
import { renderWithProviders } from '../test/renderWithProviders';
import { BoardCounts } from './BoardCounts';

describe('BoardCounts', () => {
  it('shows each status and due window with its count, and filters the list with the one chosen', () => {
    const onFilter = vi.fn();
    renderWithProviders(<BoardCounts overview={BOARD_OVERVIEW} filter="ALL" onFilter={onFilter} />);
    const status = screen.getByRole('group', { name: 'Status' });
    expect(within(status).getAllByRole('button').map((button) => button.textContent)).toEqual([
      '12Alle schoolleiders',
      '5Geregistreerd',
      '2Aspirant',
      '2Onder voorwaarden',
      '1Herregistratie verlopen',
      '1Uitgeschreven',
    ]);
    const due = screen.getByRole('group', { name: 'Herregistratie' });
    expect(within(due).getAllByRole('button').map((button) => button.textContent)).toEqual(['1Herregistratie binnen 6 maanden', '3Herregistratie binnen 12 maanden']);
    expect(within(status).getByRole('button', { name: /Alle schoolleiders/ }).getAttribute('aria-pressed')).toBe('true');
    expect(within(due).getByRole('button', { name: /12 maanden/ }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText('1 schoolleider van uw bestuur is (nog) niet geregistreerd.')).toBeTruthy();

    fireEvent.click(within(due).getByRole('button', { name: /12 maanden/ }));
    expect(onFilter).toHaveBeenCalledWith('DUE_12');
  });
});
