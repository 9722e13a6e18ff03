import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { useLocation } from 'react-router';
import { ViewerQuery } from '../auth/graphql';
import type { Viewer } from '../auth/useViewer';
import type { Role } from '../gql/graphql';

export function viewerWith(roles: Role[], displayName = 'Sanne de Medewerker'): Viewer {
  return { __typename: 'Viewer', id: 'a1', email: 'sanne@example.nl', displayName, roles };
}

export const staff = viewerWith(['STAFF']);
export const leader = viewerWith(['LEADER'], 'Fatima el Amrani');

/** The `viewer` query answered with this account (or anonymous), as often as asked unless limited. */
export function viewerMock(viewer: Viewer | null, maxUsageCount = Number.POSITIVE_INFINITY): MockLink.MockedResponse {
  return { request: { query: ViewerQuery }, result: { data: { __typename: 'Query', viewer } }, maxUsageCount };
}

/** A GraphQL error the way the API sends it: a Dutch message, the class in `extensions.code` (and the rule in `extensions.reason`). */
export function apiError(code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** Shows where the router ended up, with the login page's return path. */
export function LocationProbe() {
  const location = useLocation();
  const state = location.state as { from?: string } | null;
  return (
    <p data-testid="location">
      {location.pathname}
      {location.search}
      {state?.from ? ` from ${state.from}` : ''}
    </p>
  );
}
