import { useLocation } from 'react-router';

/** The token of an e-mailed link (`#token=…`): kept in the fragment so it never reaches a server log. */
export function useLinkToken(): string {
  return new URLSearchParams(useLocation().hash.slice(1)).get('token') ?? '';
}
