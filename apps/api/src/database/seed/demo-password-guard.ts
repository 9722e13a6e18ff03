import { In, type DataSource } from 'typeorm';
import { Account } from '../../modules/accounts/account.entity';
import { verifyPassword } from '../../modules/accounts/password';
import { StartupError } from '../../startup-error';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-data';

/**
 * Production start: refuses while an account the demo seed makes still signs in with the password
 * printed in the README. Only those accounts are checked (a handful of argon2 verifications): the
 * demo seed is the only writer of that password, since the password policy refuses it.
 */
export async function assertNoDemoPasswordAccounts(dataSource: DataSource): Promise<void> {
  const accounts = await dataSource
    .getRepository(Account)
    .find({ select: { email: true, passwordHash: true }, where: { email: In(DEMO_ACCOUNTS.map((account) => account.email)) } });
  const open: string[] = [];
  for (const account of accounts) {
    if (await verifyPassword(account.passwordHash, DEMO_PASSWORD)) open.push(account.email);
  }
  if (open.length) {
    throw new StartupError('This database holds demo accounts with the published demo password:', [
      `${open.join(', ')} sign in with the README's demo password. Use a database without demo data (SEED_DEMO_DATA=false from the start), or remove these accounts, then start the API again.`,
    ]);
  }
}
