import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** One of the domain's reasons as the API sends them in `extensions.reasons`. */
export interface ApiReason {
  code: string;
  /** Dutch message, ready to show. */
  message: string;
}

export interface ApiError {
  /** The standard class (`extensions.code`): BAD_USER_INPUT, UNAUTHENTICATED, CONFLICT, … */
  code: string | undefined;
  /** The rule that refused (`extensions.reason`), e.g. INVALID_CREDENTIALS; undefined when none. */
  reason: string | undefined;
  /** The API's message: Dutch and meant for people (internals are never in it). */
  message: string;
  /** The input the error is about (`extensions.field`), e.g. `password`; undefined when none. */
  field: string | undefined;
  /** Every reason when the domain said no (`extensions.reasons`); empty otherwise. */
  reasons: ApiReason[];
}

function reasonsOf(value: unknown): ApiReason[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { code, message } = item as { code?: unknown; message?: unknown };
    return typeof code === 'string' && typeof message === 'string' ? [{ code, message }] : [];
  });
}

/** The first GraphQL error of a failed operation, or null for network and other errors. */
export function apiErrorOf(error: unknown): ApiError | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const [first] = error.errors;
  if (!first) return null;
  const code = first.extensions?.['code'];
  const reason = first.extensions?.['reason'];
  const field = first.extensions?.['field'];
  return {
    code: typeof code === 'string' ? code : undefined,
    reason: typeof reason === 'string' ? reason : undefined,
    message: first.message,
    field: typeof field === 'string' ? field : undefined,
    reasons: reasonsOf(first.extensions?.['reasons']),
  };
}
