import {
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  typeFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { COST_MODEL, QUERY_LIMITS } from '@srpo/domain';
import { AppError } from './errors';

export { COST_MODEL, QUERY_LIMITS };

export interface QueryMeasurement {
  /** Deepest field nesting (introspection fields left out). */
  depth: number;
  aliases: number;
  /** Estimated cost points (see {@link COST_MODEL}). */
  cost: number;
}

export type QueryLimitReason = 'MAX_DEPTH' | 'MAX_ALIASES' | 'MAX_COST';

interface Measured {
  height: number;
  aliases: number;
  cost: number;
}

const NOTHING: Measured = { height: 0, aliases: 0, cost: 0 };

/**
 * Depth, aliases and cost of one operation of a validated document, with fragments expanded where they
 * are spread and `first` / list arguments read from literals or the request's variables. Fragment
 * results are memoised, so "fragment bombs" are measured in linear time.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): QueryMeasurement {
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return { depth: 0, aliases: 0, cost: 0 };

  const variableDefaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) variableDefaults.set(definition.variable.name.value, definition.defaultValue);
  }
  const fragmentMemo = new Map<string, Measured>();
  const inProgress = new Set<string>();

  /** A number from an argument value: an int literal, a list literal's length, or the same from a variable. */
  function sizeOf(value: ValueNode): number | null {
    switch (value.kind) {
      case 'IntValue':
        return Number.parseInt(value.value, 10);
      case 'ListValue':
        return value.values.length;
      case 'StringValue':
        return 1; // a single value is coerced into a list of one
      case 'Variable': {
        const name = value.name.value;
        if (Object.hasOwn(variables, name)) {
          const runtime = variables[name];
          if (typeof runtime === 'number' && Number.isFinite(runtime)) return Math.trunc(runtime);
          if (Array.isArray(runtime)) return runtime.length;
          if (typeof runtime === 'string') return 1;
          return null;
        }
        const fallback = variableDefaults.get(name);
        return fallback ? sizeOf(fallback) : null;
      }
      default:
        return null;
    }
  }

  /** Items the field's arguments ask for, or null when it has none of the size arguments. */
  function requestedSize(field: GraphQLField<unknown, unknown>, node: FieldNode): number | null {
    for (const name of COST_MODEL.listSizeArguments) {
      if (!field.args.some((argument) => argument.name === name)) continue;
      const argument = node.arguments?.find((candidate) => candidate.name.value === name);
      const size = argument ? sizeOf(argument.value) : null;
      if (name === 'first') return Math.min(COST_MODEL.maxPageSize, Math.max(0, size ?? COST_MODEL.defaultPageEstimate));
      return Math.max(0, size ?? COST_MODEL.unpagedListEstimate);
    }
    return null;
  }

  function measureSelections(
    parentType: GraphQLCompositeType,
    selectionSet: SelectionSetNode,
    /** Page size asked by the connection field above, for its `edges` / `nodes` list. */
    pageSize: number | null,
  ): Measured {
    let height = 0;
    let aliases = 0;
    let cost = 0;
    const add = (measured: Measured) => {
      height = Math.max(height, measured.height);
      aliases += measured.aliases;
      cost += measured.cost;
    };

    for (const selection of selectionSet.selections) {
      if (selection.kind === 'Field') {
        add(measureField(parentType, selection, pageSize));
      } else if (selection.kind === 'InlineFragment') {
        const typeCondition = selection.typeCondition ? typeFromAST(schema, selection.typeCondition) : parentType;
        const type = typeCondition && isCompositeType(typeCondition) ? typeCondition : parentType;
        add(measureSelections(type, selection.selectionSet, pageSize));
      } else {
        add(measureFragment(selection.name.value, pageSize));
      }
    }
    return { height, aliases, cost };
  }

  function measureFragment(name: string, pageSize: number | null): Measured {
    const key = `${name}:${pageSize ?? ''}`;
    const known = fragmentMemo.get(key);
    if (known) return known;
    const fragment = fragments[name];
    // Unknown or cyclic fragments are refused by validation; never loop on them here.
    if (!fragment || inProgress.has(name)) return NOTHING;
    const type = typeFromAST(schema, fragment.typeCondition);
    if (!type || !isCompositeType(type)) return NOTHING;
    inProgress.add(name);
    const measured = measureSelections(type, fragment.selectionSet, pageSize);
    inProgress.delete(name);
    fragmentMemo.set(key, measured);
    return measured;
  }

  function measureField(parentType: GraphQLCompositeType, node: FieldNode, pageSize: number | null): Measured {
    const name = node.name.value;
    const aliases = node.alias ? 1 : 0;
    // Introspection is bounded by the schema, not by data: only its aliases count.
    if (name.startsWith('__')) return { height: 0, aliases, cost: 0 };
    const field = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
    if (!field) return { height: 1, aliases, cost: 0 };

    const namedType = getNamedType(field.type);
    // What running the field costs beyond its data, as the field declares it (`@Extensions({ cost })`): e.g. sending e-mail.
    const declared = typeof field.extensions?.['cost'] === 'number' ? field.extensions['cost'] : 0;
    if (!node.selectionSet || !isCompositeType(namedType)) {
      const cost = name === 'totalCount' && parentType.name.endsWith('Connection') ? COST_MODEL.totalCountCost : COST_MODEL.scalarCost;
      return { height: 1, aliases, cost: cost + declared };
    }

    const size = requestedSize(field, node);
    const list = returnsList(field.type);
    // A connection field (`first` on a non-list) passes its page size on to `edges` / `nodes`.
    const childPageSize = !list && size !== null ? size : null;
    const children = measureSelections(namedType, node.selectionSet, childPageSize);
    const items = list ? (size ?? (pageSize !== null && (name === 'edges' || name === 'nodes') ? pageSize : COST_MODEL.unpagedListEstimate)) : 1;
    return {
      height: 1 + children.height,
      aliases: aliases + children.aliases,
      cost: saturate(items * (COST_MODEL.objectCost + children.cost) + declared),
    };
  }

  let depth = 0;
  let aliases = 0;
  let cost = 0;
  for (const selection of operation.selectionSet.selections) {
    // Each root field costs at least one point, and a mutation's fields their write cost on top.
    const measured = measureSelections(rootType, { kind: Kind.SELECTION_SET, selections: [selection] }, null);
    depth = Math.max(depth, measured.height);
    aliases += measured.aliases;
    const touchesData = measured.height > 0;
    cost += touchesData ? Math.max(1, measured.cost) + (operation.operation === 'mutation' ? COST_MODEL.mutationCost : 0) : 0;
  }
  return { depth, aliases, cost: saturate(cost) };
}

function returnsList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function saturate(value: number): number {
  return Math.min(value, Number.MAX_SAFE_INTEGER);
}

const MESSAGES: Record<QueryLimitReason, (measured: number, limit: number) => string> = {
  MAX_DEPTH: (measured, limit) =>
    `De query is te diep genest: ${measured} niveaus, maximaal ${limit}. Vraag geneste gegevens op in een aparte query.`,
  MAX_ALIASES: (measured, limit) =>
    `De query gebruikt te veel aliassen: ${measured}, maximaal ${limit}. Verdeel het werk over meerdere verzoeken.`,
  MAX_COST: (measured, limit) =>
    `De query is te duur: geschatte kosten ${measured}, maximaal ${limit} per verzoek. Vraag kleinere pagina's op (first) of minder velden.`,
};

/** The first limit the measurement exceeds as a QUERY_TOO_COMPLEX error (HTTP 400), or null when it fits. */
export function queryLimitError(measurement: QueryMeasurement, limits: Pick<typeof QUERY_LIMITS, 'maxDepth' | 'maxAliases' | 'maxCost'> = QUERY_LIMITS): AppError | null {
  const checks: [QueryLimitReason, number, number][] = [
    ['MAX_DEPTH', measurement.depth, limits.maxDepth],
    ['MAX_ALIASES', measurement.aliases, limits.maxAliases],
    ['MAX_COST', measurement.cost, limits.maxCost],
  ];
  for (const [reason, measured, limit] of checks) {
    if (measured > limit) {
      return new AppError('QUERY_TOO_COMPLEX', MESSAGES[reason](measured, limit), { reason, limit, measured, http: { status: 400 } });
    }
  }
  return null;
}
