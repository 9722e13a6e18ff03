/** A Relay connection as the API answers it (for mocked responses): `<Name>Connection` with `<Name>Edge`s. */
export function connection<TNode>(name: string, nodes: readonly TNode[], page: { hasNextPage?: boolean; endCursor?: string | null; totalCount?: number } = {}) {
  return {
    __typename: `${name}Connection` as const,
    totalCount: page.totalCount ?? nodes.length,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: page.hasNextPage ?? false, endCursor: page.endCursor ?? (nodes.length > 0 ? `cursor-${nodes.length}` : null) },
    edges: nodes.map((node) => ({ __typename: `${name}Edge` as const, node })),
  };
}
