/**
 * Whether a text has the shape of an e-mail address (something@domain.tld, no spaces): enough to catch
 * typing errors in contact details. Whether the address exists is only known by writing to it.
 */
export function isEmailAddress(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
}
