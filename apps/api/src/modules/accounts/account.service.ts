import { createHash, randomBytes } from 'node:crypto';
import { IsNull, MoreThan, type DataSource } from 'typeorm';
import { AppError, ruleError } from '../../http/errors';
import { Account } from './account.entity';
import { addressKey, clientKey, LoginThrottle } from './login-throttle';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password';
import { assertPasswordPolicy } from './password-policy';
import type { Role } from './role';
import { Session } from './session.entity';

export const SESSION_HOURS = 12;

export interface StartedSession {
  account: Account;
  token: string;
  expiresAt: Date;
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const WRONG_CREDENTIALS = () => ruleError('INVALID_CREDENTIALS', 'E-mailadres of wachtwoord is onjuist.');
export const ACCOUNT_DEACTIVATED = () =>
  ruleError('ACCOUNT_DEACTIVATED', 'Dit account is gedeactiveerd. Neem contact op met het registerbureau als u weer toegang nodig hebt.');

export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Creates an account with a hashed password (used by staff tooling); the password policy applies. */
  async createAccount(input: { email: string; displayName: string; password: string; roles: Role[] }): Promise<Account> {
    const email = input.email.trim().toLowerCase();
    await assertPasswordPolicy(input.password, [email, input.displayName], 'password');
    if (await this.dataSource.getRepository(Account).existsBy({ email })) {
      throw new AppError('CONFLICT', 'Er bestaat al een account met dit e-mailadres.', { field: 'email', reason: 'EMAIL_TAKEN' });
    }
    const passwordHash = await hashPassword(input.password);
    const { identifiers } = await this.dataSource
      .getRepository(Account)
      .insert({ email, displayName: input.displayName, passwordHash, roles: input.roles });
    return this.dataSource.getRepository(Account).findOneByOrFail({ id: identifiers[0]?.id as string });
  }

  /**
   * Checks the password and opens a session (OWASP): the attempt is counted per e-mail address and per
   * client *before* the (slow) password check, so parallel attempts get no more checks than the free
   * failures allow; then waits grow. Unknown addresses are counted, checked (against a dummy hash) and
   * answered exactly like known ones.
   */
  async login(email: string, password: string, clientIp = ''): Promise<StartedSession> {
    const normalized = email.trim().toLowerCase();
    const address = addressKey(normalized);
    const client = clientKey(clientIp);
    const throttle = new LoginThrottle(this.dataSource, this.now);
    await throttle.reserve([address, client]);

    const account = await this.dataSource
      .getRepository(Account)
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .where('account.email = :email', { email: normalized })
      .getOne();
    const matches = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!account || !matches) throw WRONG_CREDENTIALS();
    await throttle.succeeded(address, client);
    // Said only to whoever knows the password: others cannot learn that the account exists.
    if (account.deactivatedAt) throw ACCOUNT_DEACTIVATED();
    if (!account.emailVerifiedAt) {
      throw ruleError('EMAIL_NOT_VERIFIED', 'Uw e-mailadres is nog niet bevestigd. Open de link in de e-mail die wij u stuurden toen u uw account aanmaakte.');
    }

    return this.dataSource.transaction(async (manager) => {
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(this.now().getTime() + SESSION_HOURS * 3_600_000);
      await manager.insert(Session, { tokenHash: hashSessionToken(token), accountId: account.id, expiresAt, revokedAt: null });
      const { passwordHash: _hash, ...withoutHash } = account;
      return { account: withoutHash as Account, token, expiresAt };
    });
  }

  /** The account behind a session cookie, or null when the session is unknown, expired or revoked. */
  async accountForSession(token: string): Promise<Account | null> {
    const session = await this.dataSource.getRepository(Session).findOne({
      where: { tokenHash: hashSessionToken(token), revokedAt: IsNull(), expiresAt: MoreThan(this.now()) },
    });
    if (!session) return null;
    return this.dataSource.getRepository(Account).findOneBy({ id: session.accountId, deactivatedAt: IsNull() });
  }

  async logout(token: string): Promise<void> {
    await this.dataSource
      .getRepository(Session)
      .update({ tokenHash: hashSessionToken(token), revokedAt: IsNull() }, { revokedAt: this.now() });
  }

  /**
   * Changes the password and ends every other session. Guesses at the current password are throttled
   * like logins (a stolen session cannot try passwords quickly); the new one must pass the policy.
   */
  async changePassword(accountId: string, currentToken: string, currentPassword: string, newPassword: string): Promise<void> {
    const account = await this.dataSource
      .getRepository(Account)
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .where('account.id = :accountId', { accountId })
      .getOneOrFail();
    await assertPasswordPolicy(newPassword, [account.email, account.displayName]);
    const address = addressKey(account.email);
    const throttle = new LoginThrottle(this.dataSource, this.now);
    await throttle.reserve([address]);
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      throw new AppError('BAD_USER_INPUT', 'Het huidige wachtwoord is onjuist.', { reason: 'INVALID_CREDENTIALS', field: 'currentPassword' });
    }
    await throttle.succeeded(address);
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(Account, { id: accountId }, { passwordHash });
      await manager
        .createQueryBuilder()
        .update(Session)
        .set({ revokedAt: this.now() })
        .where('account_id = :accountId AND revoked_at IS NULL AND token_hash <> :current', {
          accountId,
          current: hashSessionToken(currentToken),
        })
        .execute();
    });
  }
}
