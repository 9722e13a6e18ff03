import { getNamedType, isInterfaceType, isObjectType, isUnionType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildApiSchema } from '../build-schema';
import { PUBLIC_OPERATION } from '../public.decorator';

/** Field names that would reveal personal data or decision contents. */
const PRIVATE_FIELD = /e-?mail|birth|address|phone|document|evidence|decision|motivation|reason|password|account|session|note|letter/i;

/**
 * Public operations that return the caller's own data after authentication (null or an error for an
 * anonymous caller), so their result types may hold personal fields of that caller; and the account
 * self-service mutations, named after what they do to an account and answering only `true`.
 */
const SELF_SERVICE_OPERATIONS = new Set(['viewer', 'login', 'verifyEmail', 'requestPasswordReset', 'resetPassword']);

function reachableFields(schema: GraphQLSchema, rootTypeName: 'Query' | 'Mutation'): string[] {
  const root = rootTypeName === 'Query' ? schema.getQueryType() : schema.getMutationType();
  if (!root) return [];
  const seen = new Set<string>();
  const found: string[] = [];
  const visit = (typeName: string, path: string) => {
    if (seen.has(typeName)) return;
    seen.add(typeName);
    const type = schema.getType(typeName);
    const members = isUnionType(type) ? type.getTypes() : [];
    for (const member of members) visit(member.name, path);
    if (!isObjectType(type) && !isInterfaceType(type)) return;
    for (const field of Object.values(type.getFields())) {
      found.push(`${path}.${field.name}`);
      visit(getNamedType(field.type).name, `${path}.${field.name}`);
    }
  };
  for (const field of Object.values(root.getFields())) {
    if (field.extensions?.[PUBLIC_OPERATION] !== true || SELF_SERVICE_OPERATIONS.has(field.name)) continue;
    found.push(field.name);
    visit(getNamedType(field.type).name, field.name);
  }
  return found;
}

describe('anonymous surface of the API', () => {
  it('reaches no personal data or decision texts from any public operation', async () => {
    const schema = await buildApiSchema();
    const reachable = [...reachableFields(schema, 'Query'), ...reachableFields(schema, 'Mutation')];
    expect(reachable).toContain('publicRegistration.displayName');
    expect(reachable).toContain('searchRegister.edges.cursor');
    expect(reachable.filter((path) => PRIVATE_FIELD.test(path.split('.').pop()!))).toEqual([]);
  });
});
