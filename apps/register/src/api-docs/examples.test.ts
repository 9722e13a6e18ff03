// @vitest-environment node
import { readFileSync } from 'node:fs';
import { buildSchema, getVariableValues, Kind, parse, validate, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
// The API's own measurement of depth, aliases and cost, exactly as it refuses queries before they run.
import { measureOperation } from '../../../api/src/http/query-limits';
import { MAX_BULK_LOOKUP, PAGE_SIZE, QUERY_LIMITS } from './apiFacts';
import { API_EXAMPLES, curlCommand, QUICK_START, requestBody } from './examples';

/** The API's checked-in SDL: what third parties get. */
const schema = buildSchema(readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8'));

function operationOf(document: DocumentNode): OperationDefinitionNode {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  expect(operations).toHaveLength(1);
  return operations[0] as OperationDefinitionNode;
}

describe('API page examples', () => {
  it('have unique ids', () => {
    expect(new Set(API_EXAMPLES.map((example) => example.id)).size).toBe(API_EXAMPLES.length);
  });

  const requests = [['quickStart (curl)', QUICK_START] as const, ...API_EXAMPLES.map((example) => [example.id, example] as const)];

  describe.each(requests)('%s', (_name, example) => {
    const document = parse(example.query);

    it('is valid against apps/api/schema.graphql', () => {
      expect(validate(schema, document).map((error) => error.message)).toEqual([]);
    });

    it('has variables of the declared types (required ones present), and no others', () => {
      const operation = operationOf(document);
      const declared = (operation.variableDefinitions ?? []).map((definition) => definition.variable.name.value);
      expect(Object.keys(example.variables).filter((name) => !declared.includes(name))).toEqual([]);
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], example.variables as Record<string, unknown>);
      expect(coerced.errors?.map((error) => error.message) ?? []).toEqual([]);
    });

    it('stays within the published depth, alias, cost, token and page-size limits, as the API measures them', () => {
      const measured = measureOperation(schema, operationOf(document), {}, example.variables as Record<string, unknown>);
      expect(measured.depth).toBeGreaterThan(0);
      expect(measured.depth).toBeLessThanOrEqual(QUERY_LIMITS.maxDepth);
      expect(measured.aliases).toBeLessThanOrEqual(QUERY_LIMITS.maxAliases);
      expect(measured.cost).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
      expect(() => parse(example.query, { maxTokens: QUERY_LIMITS.maxTokens })).not.toThrow();
      const first = example.variables['first'];
      if (first !== undefined) expect(first).toSatisfy((value) => typeof value === 'number' && value >= PAGE_SIZE.min && value <= PAGE_SIZE.max);
      const numbers = example.variables['registerNumbers'];
      if (Array.isArray(numbers)) expect(numbers.length).toBeLessThanOrEqual(MAX_BULK_LOOKUP);
    });

    it('is sent as the JSON body shown on the page', () => {
      expect(JSON.parse(requestBody(example))).toEqual({ query: example.query, variables: example.variables });
    });
  });

  it('builds a curl command that sends the quick-start body', () => {
    const command = curlCommand('https://register.example/graphql');
    expect(command.split('\n')[0]).toBe('curl https://register.example/graphql \\');
    const data = /--data '(.*)'$/.exec(command)?.[1];
    expect(JSON.parse(data ?? '')).toEqual({ query: QUICK_START.query, variables: QUICK_START.variables });
  });
});
