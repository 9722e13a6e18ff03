import type { DataSource } from 'typeorm';
import { AccountService } from '../modules/accounts/account.service';
import type { Role } from '../modules/accounts/role';
import { SchoolLeader } from '../modules/leaders/school-leader.entity';
import type { GraphQLResponse } from './test-server';

let counter = 0;

/** A GraphQL client with its own cookie jar: one per signed-in person in a test. */
export interface TestClient {
  accountId: string;
  /** The session cookie (`srpo_session=…`), for plain HTTP routes; empty when anonymous. */
  cookie: string;
  request<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
}

export function anonymousClient(baseUrl: string): TestClient {
  return { accountId: '', cookie: '', request: (query, variables) => send(baseUrl, {}, query, variables) };
}

/** A third party calling with `Authorization: Bearer <secret>` (an API key). */
export function apiKeyClient(baseUrl: string, secret: string): TestClient {
  return { accountId: '', cookie: '', request: (query, variables) => send(baseUrl, { authorization: `Bearer ${secret}` }, query, variables) };
}

/** Creates an account with `roles` (linked to `leaderId` for a leader) and signs it in over HTTP. */
export async function signedInClient(
  dataSource: DataSource,
  baseUrl: string,
  roles: Role[],
  leaderId?: string,
): Promise<TestClient> {
  counter += 1;
  const email = `${roles.join('-').toLowerCase()}-${counter}-${process.pid}@test.srpo.nl`;
  const password = 'een lang test wachtwoord';
  const account = await new AccountService(dataSource).createAccount({ email, displayName: `Test ${roles.join('/')}`, password, roles });
  if (leaderId) await dataSource.getRepository(SchoolLeader).update({ id: leaderId }, { accountId: account.id });
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', variables: { e: email, p: password } }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`login failed for ${email}: ${await response.text()}`);
  return { accountId: account.id, cookie, request: (query, variables) => send(baseUrl, { cookie }, query, variables) };
}

async function send<TData>(baseUrl: string, headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
  return { status: response.status, ...body };
}
