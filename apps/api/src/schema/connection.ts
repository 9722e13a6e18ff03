import { Field, FieldResolver, Int, ObjectType, Resolver, Root, type ClassType } from 'type-graphql';

@ObjectType('PageInfo', { description: 'Relay page information.' })
export class PageInfoType {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => Boolean)
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<TNode> {
  cursor: string;
  node: TNode;
}

export interface Connection<TNode> {
  edges: Edge<TNode>[];
  pageInfo: PageInfoType;
  totalCount: number;
}

/** The `nodes` field resolvers of the connection types: built into the schema beside the feature resolvers. */
export const connectionResolvers: ClassType[] = [];

/**
 * A Relay connection type `<Name>Connection` with `<Name>Edge` for a node type: every paged list of
 * the API has the same shape (edges, pageInfo, totalCount), plus `nodes`: the edges' nodes without
 * cursors, as GitHub offers, one level less deep (the depth limit counts levels).
 */
export function ConnectionType<TNode extends object>(name: string, nodeType: ClassType<TNode>, description?: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<TNode> {
    @Field(() => String)
    cursor: string;

    @Field(() => nodeType)
    node: TNode;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionClass implements Connection<TNode> {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfoType)
    pageInfo: PageInfoType;

    @Field(() => Int, { description: 'Number of matches over all pages.' })
    totalCount: number;
  }

  @Resolver(() => ConnectionClass)
  class ConnectionNodesResolver {
    @FieldResolver(() => [nodeType], { description: 'The nodes of `edges`, without their cursors.' })
    nodes(@Root() connection: Connection<TNode>): TNode[] {
      return connection.edges.map((edge) => edge.node);
    }
  }
  connectionResolvers.push(ConnectionNodesResolver);
  return ConnectionClass;
}

/** Page info for a forward-only page fetched with one extra row. */
export function forwardPageInfo<T>(edges: readonly Edge<T>[], hasNextPage: boolean, hasPreviousPage: boolean): PageInfoType {
  return {
    hasNextPage,
    hasPreviousPage,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
}
