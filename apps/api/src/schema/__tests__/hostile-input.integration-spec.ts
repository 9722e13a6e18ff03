import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../modules/accounts/role';
import { signedInClient, type TestClient } from '../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { startTestServer } from '../../testing/test-server';
import { buildApiSchema } from '../build-schema';
import { DEFAULT_MAX_TEXT_LENGTH, guardTextArguments, LONG_TEXT_MAX_LENGTH, LONG_TEXT_NAMES } from '../hostile-input';

/** A harmless value for any input type, so only the one hostile text differs. */
function sample(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sample(nullable.ofType)];
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(Object.values(nullable.getFields()).filter((field) => isNonNullType(field.type)).map((field) => [field.name, sample(field.type)]));
  }
  switch (isScalarType(nullable) ? nullable.name : '') {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    case 'Date':
      return '2024-01-01';
    case 'DateTimeISO':
      return '2024-01-01T09:00:00Z';
    case 'ID':
      return randomUUID();
    default:
      return 'x';
  }
}

/** Paths (argument, then input fields, `[]` for a list item) to every text leaf of a type. */
function textPaths(type: GraphQLInputType, prefix: string[], seen: Set<string>): string[][] {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return textPaths(nullable.ofType, [...prefix, '[]'], seen);
  if (isScalarType(nullable)) return ['String', 'ID'].includes(nullable.name) ? [prefix] : [];
  if (isInputObjectType(nullable) && !seen.has(nullable.name)) {
    const inner = new Set(seen).add(nullable.name);
    return Object.values(nullable.getFields()).flatMap((field) => textPaths(field.type, [...prefix, field.name], inner));
  }
  return [];
}

/** The argument values with `value` placed at `path` (creating the input objects on the way). */
function withValueAt(field: GraphQLField<unknown, unknown>, path: string[], value: string): Record<string, unknown> {
  const args: Record<string, unknown> = Object.fromEntries(field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => [arg.name, sample(arg.type)]));
  const [argName, ...rest] = path;
  const arg = field.args.find((candidate) => candidate.name === argName)!;
  const place = (type: GraphQLInputType, current: unknown, steps: string[]): unknown => {
    const nullable = getNullableType(type);
    if (steps.length === 0) return value;
    const [step, ...more] = steps;
    if (step === '[]' && isListType(nullable)) return [place(nullable.ofType, Array.isArray(current) ? current[0] : undefined, more)];
    if (isInputObjectType(nullable)) {
      const object = { ...((current as Record<string, unknown> | undefined) ?? (sample(nullable) as Record<string, unknown>)) };
      object[step!] = place(nullable.getFields()[step!]!.type, object[step!], more);
      return object;
    }
    throw new Error(`cannot place ${steps.join('.')}`);
  };
  args[argName!] = place(arg.type, args[argName!], rest);
  return args;
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind}${variables ? ` (${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

interface Case {
  name: string;
  query: string;
  field: GraphQLField<unknown, unknown>;
  path: string[];
}

function casesOf(schema: GraphQLSchema): Case[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([kind, type]) =>
    Object.values(type!.getFields()).flatMap((field) =>
      field.args.flatMap((arg) => textPaths(arg.type, [arg.name], new Set())).map((path) => ({
        name: `${kind} ${field.name}(${path.join('.').replace(/\.\[\]/g, '[]')})`,
        query: operationFor(kind, field),
        field,
        path,
      })),
    ),
  );
}

describe('hostile input is refused in one place for every text argument (DESIGN §6)', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let everyone: TestClient;
  let schema: GraphQLSchema;
  let cases: Case[];

  beforeAll(async () => {
    database = await createTestDatabase();
    // Hundreds of requests from one account: the rate limits are tested elsewhere.
    server = await startTestServer(database.dataSource, { rateLimits: false });
    everyone = await signedInClient(database.dataSource, server.url, Object.values(Role));
    schema = await buildApiSchema();
    cases = casesOf(schema);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('guards every root field that takes text', () => {
    expect(cases.length).toBeGreaterThan(60);
    const { guarded } = guardTextArguments(schema);
    const withText = new Set(cases.map((entry) => `${entry.query.startsWith('query') ? 'Query' : 'Mutation'}.${entry.field.name}`));
    expect([...withText].filter((coordinate) => !guarded.includes(coordinate))).toEqual([]);
  });

  it('every long-text name still names an argument or input field', () => {
    const names = new Set(cases.map((entry) => entry.path.filter((step) => step !== '[]').at(-1)));
    expect([...LONG_TEXT_NAMES].filter((name) => !names.has(name))).toEqual([]);
  });

  for (const [label, hostile] of [
    ['a NUL character', 'abc\u0000def'],
    ['an unpaired surrogate', 'abc\ud800def'],
  ] as const) {
    it(`answers ${label} in any text argument with BAD_USER_INPUT, never INTERNAL_SERVER_ERROR`, async () => {
      const failures: string[] = [];
      for (const entry of cases) {
        const variables = withValueAt(entry.field, entry.path, hostile);
        // JSON.stringify writes a lone surrogate as the escape \ud800, as a hostile client would.
        const reply = await everyone.request(entry.query, variables);
        const codes = (reply.errors ?? []).map((error) => `${String(error.extensions?.code)}/${String(error.extensions?.reason)}`);
        if (codes[0] !== 'BAD_USER_INPUT/FORBIDDEN_CHARACTER' || codes.some((code) => code.startsWith('INTERNAL'))) failures.push(`${entry.name}: ${codes.join(', ') || 'no error'}`);
      }
      expect(failures).toEqual([]);
    });
  }

  it('refuses texts over their limit: 1,000 characters by default, 10,000 for long free text', async () => {
    const failures: string[] = [];
    for (const entry of cases) {
      const name = entry.path.filter((step) => step !== '[]').at(-1)!;
      const limit = LONG_TEXT_NAMES.has(name) ? LONG_TEXT_MAX_LENGTH : DEFAULT_MAX_TEXT_LENGTH;
      const reply = await everyone.request(entry.query, withValueAt(entry.field, entry.path, 'a'.repeat(limit + 1)));
      const first = reply.errors?.[0]?.extensions;
      if (first?.code !== 'BAD_USER_INPUT' || first.reason !== 'TEXT_TOO_LONG') failures.push(`${entry.name}: ${String(first?.code)}/${String(first?.reason)}`);
    }
    expect(failures).toEqual([]);
  });

  it('accepts a long text up to its limit and ordinary Unicode (emoji, accents, line breaks)', async () => {
    const reply = await everyone.request('query ($q: String) { searchRegister(query: $q, first: 1) { totalCount } }', { q: `Jänsen 🎓\n${'a'.repeat(900)}` });
    expect(reply.errors).toBeUndefined();
  });

  it('refuses dates outside 1900-01-01 … 2100-12-31 with a Dutch message', async () => {
    for (const date of ['1899-12-31', '2101-01-01', '0001-01-01', '9999-12-31']) {
      const reply = await everyone.request('query ($d: Date) { themes(activeOn: $d) { code } }', { d: date });
      expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_OUT_OF_RANGE' });
      expect(reply.errors?.[0]?.message).toMatch(/tussen 1 januari 1900 en 31 december 2100/);
    }
    const literal = await everyone.request('{ themes(activeOn: "2101-01-01") { code } }');
    expect(literal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const date of ['2024-02-30', '2024-1-1', '2024-01-01T00:00:00Z', '']) {
      const reply = await everyone.request('query ($d: Date) { themes(activeOn: $d) { code } }', { d: date });
      expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE' });
    }
    expect((await everyone.request('query ($d: Date) { themes(activeOn: $d) { code } }', { d: '1900-01-01' })).errors).toBeUndefined();
  });

  it('answers a wrong persisted-query hash and version with BAD_USER_INPUT, not INTERNAL_SERVER_ERROR', async () => {
    const post = async (body: unknown) => {
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] } };
    };
    const wrongHash = await post({ query: '{ themes { code } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'deadbeef' } } });
    expect(wrongHash.status).toBe(400);
    expect(wrongHash.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'PERSISTED_QUERY_HASH_MISMATCH' } });
    const unknownHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expect(unknownHash.body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERSISTED_QUERY_NOT_FOUND' });
    // Apollo Client's persisted-queries link retries with the full query when it sees this message.
    expect(unknownHash.body.errors[0]?.message).toBe('PersistedQueryNotFound');
    const wrongVersion = await post({ query: '{ themes { code } }', extensions: { persistedQuery: { version: 2, sha256Hash: 'x' } } });
    expect(wrongVersion.body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERSISTED_QUERY_NOT_SUPPORTED' });
  });

  it('answers undecodable upload file names with 400 and a reason, not 500', async () => {
    for (const name of ['100%.pdf', 'a%00b.pdf', '%ED%A0%80.pdf', 'a%0Ab.pdf']) {
      const response = await fetch(`${server.url}/applications/${randomUUID()}/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/pdf', 'x-file-name': name, cookie: everyone.cookie },
        body: Buffer.from('%PDF-1.4 test'),
      });
      expect(response.status, name).toBe(400);
      const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_FILE_NAME' });
      expect(body.errors[0]?.message).toMatch(/bestandsnaam/);
    }
  });
});
