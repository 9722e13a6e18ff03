/** An amount in euro cents as people read it, e.g. 45000 → '€ 450,00' (nl) or '€450.00' (en). */
export function formatEuroCents(cents: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

const WHOLE = /^\d{1,7}$/;
const DECIMAL = /^(\d{1,7})[.,](\d{1,2})$/;
const DUTCH_THOUSANDS = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/;

/**
 * A typed euro amount in cents, or null when it is not one: '450', '450,5', '450.50', '€ 1.250,00'
 * (a dot before three digits separates thousands, as in Dutch). Whole cents only, never negative, at
 * most € 9.999.999,99 (so it fits a GraphQL Int; the API judges what is sane).
 */
export function parseEuroCents(text: string): number | null {
  const plain = text.replace(/[€\s]/g, '');
  const cents = (euros: string, fraction = '') => Number(euros) * 100 + Number(fraction.padEnd(2, '0'));
  if (WHOLE.test(plain)) return cents(plain);
  const decimal = DECIMAL.exec(plain);
  if (decimal) return cents(decimal[1]!, decimal[2]);
  const thousands = DUTCH_THOUSANDS.exec(plain);
  if (!thousands) return null;
  const euros = thousands[1]!.replace(/\./g, '');
  return euros.length <= 7 ? cents(euros, thousands[2]) : null;
}
