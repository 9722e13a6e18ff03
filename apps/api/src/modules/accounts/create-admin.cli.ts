import { parseArgs } from 'node:util';
import { isEmailAddress } from '@srpo/domain';
import { loadDatabaseUrl } from '../../config';
import { openDataSource } from '../../database/data-source';
import { assertNoPendingMigrations } from '../../database/migrator';
import { AppError } from '../../http/errors';
import { readLine, readSecret } from '../../shared/terminal-input';
import { exitOnStartupError, StartupError } from '../../startup-error';
import { AccountService } from './account.service';
import { Role } from './role';

// `npm run create-admin -- --email … --name "…"`: the first staff account (or another one) on
// DATABASE_URL. The password comes from ADMIN_PASSWORD, else is asked (hidden, twice) on a terminal,
// else is the first line of standard input; the password policy applies as everywhere.
const USAGE = 'Usage: npm run create-admin -- --email beheer@example.nl --name "Bea Beheer" (password: asked, or ADMIN_PASSWORD, or one line on standard input)';

async function main(): Promise<void> {
  // Settings first: nobody should type a password twice to learn that DATABASE_URL is missing.
  const databaseUrl = loadDatabaseUrl();
  const { values } = parsedArguments();
  const interactive = Boolean(process.stdin.isTTY);
  const email = (values.email ?? (interactive ? await readLine('E-mail address: ') : '')).trim();
  const name = (values.name ?? (interactive ? await readLine('Name: ') : '')).trim();
  const problems = [
    ...(isEmailAddress(email) ? [] : [`--email ${email ? `"${email}" is not an e-mail address` : 'is missing'}.`]),
    ...(name ? [] : ['--name is missing.']),
  ];
  if (problems.length) throw new StartupError('No account created:', [...problems, USAGE]);
  const password = await passwordFromOperator(interactive);

  const dataSource = await openDataSource(databaseUrl, { poolSize: 1 });
  try {
    await assertNoPendingMigrations(dataSource);
    const account = await new AccountService(dataSource).createAccount({ email, displayName: name, password, roles: [Role.STAFF] });
    console.log(`Created staff account ${account.email} (${account.displayName}). Sign in to the portal with this e-mail address and password.`);
  } catch (error) {
    // The policy's and the duplicate's Dutch messages are meant for the person choosing: pass them on.
    if (error instanceof AppError) throw new StartupError('No account created:', [error.message]);
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

function parsedArguments() {
  try {
    return parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  } catch (error) {
    throw new StartupError('No account created:', [`${(error as Error).message}.`, USAGE]);
  }
}

async function passwordFromOperator(interactive: boolean): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!interactive) return (await readLine()).replace(/\r$/, '');
  const password = await readSecret('Password: ');
  if ((await readSecret('Password again: ')) !== password) throw new StartupError('No account created:', ['The two passwords differ.']);
  return password;
}

try {
  await main();
} catch (error) {
  exitOnStartupError(error);
}
