import { readFileSync } from 'node:fs';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildApiSchema, printApiSchema } from '../build-schema';
import { PUBLIC_OPERATION } from '../public.decorator';
import { SCHEMA_FILE } from '../schema-file';

describe('GraphQL schema', () => {
  it('matches the checked-in SDL (run `pnpm --filter @srpo/api schema:print` after changing resolvers)', async () => {
    const generated = printApiSchema(await buildApiSchema());
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });

  it('marks every query and mutation as either @Public() or @Authorized()', async () => {
    await buildApiSchema();
    const storage = getMetadataStorage();
    const operations = [...storage.queries, ...storage.mutations];
    expect(operations.length).toBeGreaterThan(0);
    const unmarked = operations.filter((operation) => {
      const isPublic = storage.fieldExtensions.some(
        (extension) =>
          extension.target === operation.target &&
          extension.fieldName === operation.methodName &&
          extension.extensions[PUBLIC_OPERATION] === true,
      );
      const isAuthorized = storage.authorizedFields.some(
        (field) => field.target === operation.target && field.fieldName === operation.methodName,
      );
      return isPublic === isAuthorized;
    });
    expect(unmarked.map((operation) => `${operation.target.name}.${operation.methodName}`)).toEqual([]);
  });
});
