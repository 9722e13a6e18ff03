import { paths } from '../routes';

/** Router state that carries the page a signed-out user tried to open, for after login. */
export interface ReturnState {
  from: string;
}

/** The return path from router state, only when it is a path inside this app (never another site, never the login page). */
export function returnPathOf(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('from' in state)) return undefined;
  const { from } = state as { from: unknown };
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) return undefined;
  if (from === paths.login || from.startsWith(`${paths.login}?`)) return undefined;
  return from;
}
