import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger';

/** Error codes clients can rely on (DESIGN §5), beside the domain's own reason codes. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'INTERNAL_SERVER_ERROR';

/** An expected failure with a code and a Dutch message; thrown by services, shown to the client as is. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode | string, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
  }
}

const DUTCH_PREFIX: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'De query is geen geldige GraphQL',
  GRAPHQL_VALIDATION_FAILED: 'De query past niet bij het schema',
  BAD_USER_INPUT: 'Ongeldige invoer',
  PERSISTED_QUERY_NOT_FOUND: 'Onbekende opgeslagen query',
  OPERATION_RESOLUTION_FAILURE: 'Kan de te starten operatie niet bepalen',
  BAD_REQUEST: 'Ongeldig verzoek',
};

/**
 * Shapes every error for clients: a code in `extensions.code`, a Dutch message, and never internals.
 * Unexpected errors are logged in full and answered with a generic message.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';

    if (original instanceof AppError) {
      return { message: original.message, path: formatted.path, extensions: { ...original.extensions } };
    }
    if (code === 'INTERNAL_SERVER_ERROR' || !(original instanceof GraphQLError)) {
      logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
      return {
        message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    const prefix = DUTCH_PREFIX[code];
    // GraphQL's own messages are English; the Dutch lead says what went wrong, the detail says where.
    const message = prefix ? `${prefix}: ${formatted.message}` : formatted.message;
    return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  };
}

/** Turns the domain's "no" into an error: the first reason's code and message, all reasons in `extensions.reasons`. */
export function domainError(reasons: readonly { code: string; message: string }[]): AppError {
  const [first] = reasons;
  return new AppError(first?.code ?? 'BAD_USER_INPUT', first?.message ?? 'Dit is volgens de regels niet toegestaan.', {
    reasons: reasons.map(({ code, message }) => ({ code, message })),
  });
}

/** The value of a domain result, or its reasons as an error. */
export function valueOrThrow<T>(result: { ok: true; value: T } | { ok: false; reasons: readonly { code: string; message: string }[] }): T {
  if (!result.ok) throw domainError(result.reasons);
  return result.value;
}
