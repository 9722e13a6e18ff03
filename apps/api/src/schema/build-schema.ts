import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ThemeResolver } from '../modules/themes/theme.resolver';

export const resolvers = [ThemeResolver] as const;

/** Builds the executable schema from the resolvers; the same call produces the checked-in SDL. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}

/** SDL in a stable order, for `schema.graphql` (the contract for the apps and third parties). */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
