/**
 * A number as people read it, e.g. 8913 → '8.913' (nl) or '8,913' (en); `options` for shares
 * (`{ style: 'percent' }`) or decimals.
 */
export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(language, options).format(value);
}
