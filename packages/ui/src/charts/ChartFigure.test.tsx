// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/createI18n';
import { UiProviders } from '../AppProviders';
import type { Language } from '../i18n/languages';
import { ChartFigure, type ChartFigureProps } from './ChartFigure';

const byTitle: ChartFigureProps = {
  title: 'Registraties per titel',
  summary: '7.109 geregistreerde schoolleiders, de meesten als RDO.',
  kind: 'bar',
  categoryLabel: 'Titel',
  categories: [{ label: 'RDO' }, { label: 'RADO' }, { label: 'aspirant RDO' }, { label: 'aspirant RADO' }],
  series: [{ id: 'count', label: 'Aantal', values: [5938, 1065, 93, 13] }],
  csvFileName: 'registraties-per-titel.csv',
};

function renderFigure(props: Partial<ChartFigureProps> = {}, language: Language = 'nl') {
  const i18n = createI18n({ resources: { nl: {}, en: {} }, language, storage: null });
  return render(
    <UiProviders i18n={i18n}>
      <ChartFigure {...byTitle} {...props} />
    </UiProviders>,
  );
}

/** jsdom's Blob has no arrayBuffer(); its FileReader reads one. */
function readBlob(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ChartFigure', () => {
  it('is a figure named by its heading, with the summary in words', () => {
    renderFigure({ headingLevel: 3 });
    const figure = screen.getByRole('figure', { name: 'Registraties per titel' });
    expect(within(figure).getByRole('heading', { level: 3, name: 'Registraties per titel' })).toBeTruthy();
    const summary = within(figure).getByText('7.109 geregistreerde schoolleiders, de meesten als RDO.', { selector: 'p' });
    // The drawing: named as a chart, described by the summary, its SVG left to MUI X's keyboard navigation.
    const chart = within(figure).getByRole('group', { name: 'Grafiek: Registraties per titel' });
    expect(chart.getAttribute('aria-describedby')).toBe(summary.id);
    expect(chart.querySelector('svg')).not.toBeNull();
  });

  it('shows the figures as a table with a caption on request, in Dutch numbers', () => {
    renderFigure();
    expect(screen.queryByRole('table')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Toon als tabel' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);

    const table = screen.getByRole('table', { name: 'Registraties per titel' });
    expect(screen.getByRole('button', { name: 'Verberg de tabel' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: 'Verberg de tabel' }).getAttribute('aria-controls')).toBe(table.parentElement!.id);
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Titel', 'Aantal']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['RDO', '5.938'],
      ['RADO', '1.065'],
      ['aspirant RDO', '93'],
      ['aspirant RADO', '13'],
    ]);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('RDO');
  });

  it('puts reference lines (targets) in the table as a column, and writes a missing value in words', () => {
    renderFigure({
      kind: 'line',
      title: 'Registraties per maand',
      categoryLabel: 'Maand',
      categories: [{ label: 'januari 2018' }, { label: 'februari 2018' }],
      series: [{ id: 'new', label: 'Nieuw', values: [260, null] }],
      referenceLines: [{ label: 'Doel', value: 250 }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Toon als tabel' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Maand', 'Nieuw', 'Doel'],
      ['januari 2018', '260', '250'],
      ['februari 2018', 'geen waarde', '250'],
    ]);
  });

  it('formats shares as percentages', () => {
    renderFigure({ series: [{ id: 'share', label: 'Aandeel', values: [0.79, 0.012, 0.5, 1] }], numberFormat: { style: 'percent', maximumFractionDigits: 1 } });
    fireEvent.click(screen.getByRole('button', { name: 'Toon als tabel' }));
    expect(screen.getAllByRole('cell').map((cell) => cell.textContent?.replace(/\s/g, ' '))).toEqual(['79%', '1,2%', '50%', '100%']);
  });

  it('downloads the same figures as a Dutch CSV file', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:csv';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('registraties-per-titel.csv');
      expect(this.getAttribute('href')).toBe('blob:csv');
    });
    renderFigure();
    fireEvent.click(screen.getByRole('button', { name: 'Download als CSV' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await readBlob(blobs[0]!));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('Titel;Aantal\r\nRDO;5938\r\nRADO;1065\r\naspirant RDO;93\r\naspirant RADO;13\r\n');
  });

  it('writes each value at the end of its bar on request, in Dutch numbers', () => {
    renderFigure({ layout: 'horizontal', valueLabels: true });
    const labels = [...screen.getByRole('group', { name: 'Grafiek: Registraties per titel' }).querySelectorAll('svg text')].map((text) => text.textContent);
    expect(labels).toEqual(expect.arrayContaining(['5.938', '1.065', '93', '13']));
  });

  it('speaks English when the reader chose English', () => {
    renderFigure({}, 'en');
    expect(screen.getByRole('button', { name: 'Show as table' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download as CSV' })).toBeTruthy();
  });
});
