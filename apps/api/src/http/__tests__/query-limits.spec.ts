import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../schema/build-schema';
import { COST_MODEL, measureOperation, queryLimitError, QUERY_LIMITS } from '../query-limits';

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildApiSchema();
});

function fragmentsOf(documents: readonly DocumentNode[]): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const document of documents) {
    for (const definition of document.definitions) if (definition.kind === 'FragmentDefinition') fragments[definition.name.value] = definition;
  }
  return fragments;
}

function measure(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');
  if (!operation) throw new Error('no operation');
  return measureOperation(schema, operation, fragmentsOf([document]), variables);
}

/** Every operation the portal and the public site send (codegen's document map). */
function appDocuments(app: 'admin' | 'register'): DocumentNode[] {
  const file = fileURLToPath(new URL(`../../../../${app}/src/gql/gql.ts`, import.meta.url));
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('type Documents = {');
  const block = text.slice(start, text.indexOf('\n};', start));
  return [...block.matchAll(/^\s+("(?:[^"\\]|\\.)*"): typeof/gm)].map((match) => parse(JSON.parse(match[1] ?? '""') as string));
}

describe('query limits: measurement', () => {
  it.each(['admin', 'register'] as const)('lets every operation of the %s app through (variables unknown, so pages at the default estimate)', (app) => {
    const documents = appDocuments(app);
    expect(documents.length).toBeGreaterThan(3);
    const fragments = fragmentsOf(documents);
    for (const document of documents) {
      for (const definition of document.definitions) {
        if (definition.kind !== 'OperationDefinition') continue;
        const measurement = measureOperation(schema, definition, fragments, {});
        expect({ operation: definition.name?.value, refused: queryLimitError(measurement)?.extensions }).toEqual({
          operation: definition.name?.value,
          refused: undefined,
        });
      }
    }
  });

  it('prices objects, lists and pages by the published cost model', () => {
    expect(measure('{ themes { code } }')).toEqual({ depth: 2, aliases: 0, cost: COST_MODEL.unpagedListEstimate });
    expect(measure('{ searchRegister { totalCount } }').cost).toBe(1 + COST_MODEL.totalCountCost);
    expect(measure('{ searchRegister { edges { node { registerNumber } } } }').cost).toBe(1 + COST_MODEL.defaultPageEstimate * 2);
    expect(measure('query ($n: Int = 5) { searchRegister(first: $n) { edges { node { registerNumber } } } }').cost).toBe(1 + 5 * 2);
    expect(measure('query ($r: [String!]!) { publicRegistrations(registerNumbers: $r) { registerNumber } }', { r: ['a', 'b'] }).cost).toBe(2);
    expect(measure('mutation { logout }').cost).toBe(1 + COST_MODEL.mutationCost);
    expect(measure('{ __typename }').cost).toBe(0);
  });

  it('measures a fragment bomb without expanding it exponentially', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, index) =>
      index === levels - 1 ? `fragment F${index} on Query { themes { code } }` : `fragment F${index} on Query { ...F${index + 1} ...F${index + 1} }`,
    ).join('\n');
    const measurement = measure(`query { ...F0 }\n${fragments}`);
    expect(measurement.cost).toBeGreaterThan(QUERY_LIMITS.maxCost);
    expect(queryLimitError(measurement)?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'MAX_COST' });
  });
});
