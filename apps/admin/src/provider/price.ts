/**
 * A price typed in euros, the Dutch way ("895", "895,50", "1.250,00") or with a decimal point ("895.5"),
 * as cents; null for an empty field; 'invalid' for anything else.
 */
export function parseEuroCents(text: string): number | null | 'invalid' {
  const trimmed = text.trim().replace(/^€\s*/, '');
  if (trimmed === '') return null;
  const dutch = /^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(trimmed);
  const dotted = /^\d+(\.\d{1,2})?$/.test(trimmed);
  if (!dutch && !dotted) return 'invalid';
  const normalised = dutch && (trimmed.includes(',') || /\.\d{3}/.test(trimmed)) ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  return Math.round(Number.parseFloat(normalised) * 100);
}

/** Cents as the form shows them ("895,50"); empty for no price. */
export function euroText(cents: number | null | undefined): string {
  if (cents == null) return '';
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}
