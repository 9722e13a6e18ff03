import { Extensions } from 'type-graphql';

/** Extension key that marks an operation as reachable without authentication. */
export const PUBLIC_OPERATION = 'publicOperation';

/**
 * Marks a query or mutation as public (anonymous). Every operation carries either this marker or
 * `@Authorized(...)`; a schema test fails on an operation with neither, so nothing becomes public by
 * forgetting a decorator.
 */
export function Public(): MethodDecorator {
  return Extensions({ [PUBLIC_OPERATION]: true });
}
