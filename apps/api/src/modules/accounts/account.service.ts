import { createHash, randomBytes } from 'node:crypto';
import { IsNull, MoreThan, type DataSource } from 'typeorm';
import { AppError, ruleError } from '../../http/errors';
import { Account } from './account.entity';
import { dummyPasswordHash, hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword } from './password';
import type { Role } from './role';
import { Session } from './session.entity';

/** After this many wrong passwords in a row the account is locked for LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
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

export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Creates an account with a hashed password (used by staff tooling and the demo seed). */
  async createAccount(input: { email: string; displayName: string; password: string; roles: Role[] }): Promise<Account> {
    assertPasswordPolicy(input.password);
    const email = input.email.trim().toLowerCase();
    if (await this.dataSource.getRepository(Account).existsBy({ email })) {
      throw new AppError('CONFLICT', 'Er bestaat al een account met dit e-mailadres.', { field: 'email' });
    }
    const passwordHash = await hashPassword(input.password);
    const { identifiers } = await this.dataSource
      .getRepository(Account)
      .insert({ email, displayName: input.displayName, passwordHash, roles: input.roles });
    return this.dataSource.getRepository(Account).findOneByOrFail({ id: identifiers[0]?.id as string });
  }

  /**
   * Checks the password and opens a session. Wrong passwords count towards a temporary lock; the
   * answer never tells whether the e-mail address exists.
   */
  async login(email: string, password: string): Promise<StartedSession> {
    const account = await this.dataSource
      .getRepository(Account)
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .where('account.email = :email', { email: email.trim().toLowerCase() })
      .getOne();
    if (!account) {
      await verifyPassword(await dummyPasswordHash(), password);
      throw WRONG_CREDENTIALS();
    }
    if (account.lockedUntil && account.lockedUntil > this.now()) throw lockedError(account.lockedUntil);

    if (!(await verifyPassword(account.passwordHash, password))) {
      await this.recordFailedLogin(account.id);
      throw WRONG_CREDENTIALS();
    }

    return this.dataSource.transaction(async (manager) => {
      await manager.update(Account, { id: account.id }, { failedLoginCount: 0, lockedUntil: null });
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(this.now().getTime() + SESSION_HOURS * 3_600_000);
      await manager.insert(Session, { tokenHash: hashSessionToken(token), accountId: account.id, expiresAt, revokedAt: null });
      const { passwordHash: _hash, ...withoutHash } = account;
      return { account: withoutHash as Account, token, expiresAt };
    });
  }

  /** Counts a failure atomically (parallel attempts cannot undercount) and locks at the limit. */
  private async recordFailedLogin(accountId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE account
          SET failed_login_count = CASE WHEN failed_login_count + 1 >= $2 THEN 0 ELSE failed_login_count + 1 END,
              locked_until = CASE WHEN failed_login_count + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
        WHERE id = $1`,
      [accountId, MAX_FAILED_LOGINS, new Date(this.now().getTime() + LOCK_MINUTES * 60_000)],
    );
  }

  /** The account behind a session cookie, or null when the session is unknown, expired or revoked. */
  async accountForSession(token: string): Promise<Account | null> {
    const session = await this.dataSource.getRepository(Session).findOne({
      where: { tokenHash: hashSessionToken(token), revokedAt: IsNull(), expiresAt: MoreThan(this.now()) },
    });
    if (!session) return null;
    return this.dataSource.getRepository(Account).findOneBy({ id: session.accountId });
  }

  async logout(token: string): Promise<void> {
    await this.dataSource
      .getRepository(Session)
      .update({ tokenHash: hashSessionToken(token), revokedAt: IsNull() }, { revokedAt: this.now() });
  }

  /** Changes the password and ends every other session of the account. */
  async changePassword(accountId: string, currentToken: string, currentPassword: string, newPassword: string): Promise<void> {
    assertPasswordPolicy(newPassword);
    const account = await this.dataSource
      .getRepository(Account)
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .where('account.id = :accountId', { accountId })
      .getOneOrFail();
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      throw new AppError('BAD_USER_INPUT', 'Het huidige wachtwoord is onjuist.', { reason: 'INVALID_CREDENTIALS', field: 'currentPassword' });
    }
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

export function assertPasswordPolicy(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw new AppError(
      'BAD_USER_INPUT',
      `Een wachtwoord heeft minstens ${PASSWORD_MIN_LENGTH} en hoogstens ${PASSWORD_MAX_LENGTH} tekens.`,
      { field: 'newPassword' },
    );
  }
}

function lockedError(until: Date): AppError {
  const time = until.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
  return ruleError('LOGIN_THROTTLED', `Te veel mislukte pogingen. Het account is geblokkeerd tot ${time}.`, {
    lockedUntil: until.toISOString(),
  });
}
