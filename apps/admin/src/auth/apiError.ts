import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface ApiError {
  code: string | undefined;
  /** The API's message: Dutch and meant for people (internals are never in it). */
  message: string;
}

/** The first GraphQL error of a failed operation, or null for network and other errors. */
export function apiErrorOf(error: unknown): ApiError | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const [first] = error.errors;
  if (!first) return null;
  const code = first.extensions?.['code'];
  return { code: typeof code === 'string' ? code : undefined, message: first.message };
}
