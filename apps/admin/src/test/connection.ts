/** A Relay connection as the API answers it (for mocked responses): `<Name>Connection` with `<Name>Edge`s. */
export function connection<TNode>(name: string, nodes: readonly TNode[], page: { hasNextPage?: boolean; endCursor?: string | null; totalCount?: number } = {}) {
  return {
    __typename: `${name}Connection` as const,
    totalCount: page.totalCount ?? nodes.length,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: page.hasNextPage ?? false, endCursor: page.endCursor ?? (nodes.length > 0 ? `cursor-${nodes.length}` : null) },
    edges: nodes.map((node) => ({ __typename: `${name}Edge` as const, node })),
  };
}

/** The same connection with `nodes` instead of `edges` (as queries close to the depth limit ask). */
export function nodesConnection<TNode>(name: string, nodes: readonly TNode[], page: { hasNextPage?: boolean; endCursor?: string | null; totalCount?: number } = {}) {
  const { edges: _edges, ...rest } = connection(name, nodes, page);
  return { ...rest, nodes };
}
