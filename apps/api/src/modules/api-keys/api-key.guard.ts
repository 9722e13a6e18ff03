import type { FragmentDefinitionNode, GraphQLSchema, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { ruleError } from '../../http/errors';
import { PUBLIC_OPERATION } from '../../schema/public.decorator';
import { API_KEY_SCOPE, scopeNeededFor, type ApiKeyScope } from './api-key-scope';
import type { ApiKeyPrincipal } from './api-key.service';

/** Names of the root fields an operation runs, through fragments at the root. */
function rootFieldNames(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === 'Field') return [selection.name.value];
    if (selection.kind === 'InlineFragment') return rootFieldNames(selection.selectionSet, fragments, seen);
    const fragment = fragments[selection.name.value];
    if (!fragment || seen.has(fragment.name.value)) return [];
    seen.add(fragment.name.value);
    return rootFieldNames(fragment.selectionSet, fragments, seen);
  });
}

/**
 * Refuses, before execution, an operation that a request with an API key may not run: anything but a
 * public query or an operation marked for a scope (FORBIDDEN, reason API_KEY_PUBLIC_ONLY), or one
 * outside the key's scopes (FORBIDDEN, reason API_KEY_SCOPE).
 */
export function assertApiKeyMayRun(
  apiKey: ApiKeyPrincipal,
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): void {
  const rootType = schema.getRootType(operation.operation);
  for (const name of rootFieldNames(operation.selectionSet, fragments)) {
    if (name.startsWith('__')) continue;
    const field = rootType?.getFields()[name];
    const scope = scopeNeededFor(operation.operation, name, field?.extensions[PUBLIC_OPERATION] === true, field?.extensions[API_KEY_SCOPE] as ApiKeyScope | undefined);
    if (!scope) {
      throw ruleError('API_KEY_PUBLIC_ONLY', `Met een API-sleutel kunt u alleen openbare gegevens opvragen; ${name} hoort daar niet bij.`, {
        field: name,
      });
    }
    if (!apiKey.scopes.includes(scope)) {
      throw ruleError('API_KEY_SCOPE', `Deze API-sleutel mag ${name} niet gebruiken: daarvoor is de bevoegdheid ${scope} nodig.`, {
        field: name,
        scope,
      });
    }
  }
}
