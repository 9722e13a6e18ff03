import { checkAccountToken, displayName, initialsOf, isEmailAddress, reason, todayInAmsterdam, type LeaderFunction } from '@srpo/domain';
import { MoreThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../database/row-lock';
import { AppError, reasonError, valueOrThrow } from '../../http/errors';
import { recordAudit } from '../audit/record-audit';
import { EmailOutboxMessage } from '../letters/email-outbox.entity';
import { Employment } from '../leaders/employment.entity';
import { nameColumns, SchoolLeader } from '../leaders/school-leader.entity';
import { Account } from '../accounts/account.entity';
import { ACCOUNT_DEACTIVATED } from '../accounts/account.service';
import { AccountMail, ENROL_NOTICE_SUBJECT } from './account-mail';
import { findAccountToken, issueAccountToken, SET_PASSWORD_PURPOSES, tokensIssuedSince, useAccountTokens, type EnrolmentDetails } from '../accounts/account-token';
import { addressKey, LoginThrottle } from '../accounts/login-throttle';
import { hashPassword } from '../accounts/password';
import { assertPasswordPolicy } from '../accounts/password-policy';
import { Role } from '../accounts/role';

/** At most this many e-mails of one kind per address per hour: nobody can use the register to flood a mailbox. */
export const ACCOUNT_EMAILS_PER_HOUR = 3;
const NAME_MAX_LENGTH = 100;

export interface EnrolInput {
  email: string;
  password: string;
  firstName: string;
  infix?: string | null;
  lastName: string;
  boardId: string;
  schoolId: string;
  leaderFunction: LeaderFunction;
}

interface AccountRow {
  id: string;
  email: string;
  display_name: string;
  email_verified_at: Date | null;
  deactivated_at: Date | null;
}

function requiredName(value: string, field: string, missing: string): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (!name) throw new AppError('BAD_USER_INPUT', missing, { field });
  if (name.length > NAME_MAX_LENGTH) throw new AppError('BAD_USER_INPUT', `Een naam heeft hoogstens ${NAME_MAX_LENGTH} tekens.`, { field });
  return name;
}

function normalisedEmail(email: string): string {
  const normalised = email.trim().toLowerCase();
  if (!isEmailAddress(normalised)) throw new AppError('BAD_USER_INPUT', 'Vul een geldig e-mailadres in, zoals naam@school.nl.', { field: 'email' });
  return normalised;
}

/** Whether the account may get a new password by e-mail: its address is confirmed and staff have not deactivated it. */
function mayResetPassword(account: AccountRow): boolean {
  return account.email_verified_at !== null && account.deactivated_at === null;
}

/**
 * What an anonymous visitor can do with accounts: a school leader enrols (inschrijving) and confirms the
 * e-mail address, anyone asks for a new password by e-mail. Answers never tell whether an address has
 * an account: that is only ever written to the address itself.
 */
export class AccountSelfService {
  constructor(
    private readonly dataSource: DataSource,
    /** Where the links in the e-mails lead (PORTAL_URL). */
    private readonly portalUrl: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * A school leader asks to be known to the register. A new address gets an account that cannot sign
   * in yet and an e-mail with a link to confirm it; what was entered enters the register on
   * confirmation. For an address with an account the holder gets a notice instead (confirmed) or the
   * link again for the first enrolment (not yet confirmed: a second enrolment never replaces the
   * password of the first). The caller learns none of this.
   */
  async enrol(input: EnrolInput): Promise<void> {
    const email = normalisedEmail(input.email);
    const details: EnrolmentDetails = {
      firstName: requiredName(input.firstName, 'firstName', 'Vul uw voornaam in.'),
      infix: input.infix?.trim().replace(/\s+/g, ' ') || null,
      lastName: requiredName(input.lastName, 'lastName', 'Vul uw achternaam in.'),
      boardId: input.boardId,
      schoolId: input.schoolId,
      leaderFunction: input.leaderFunction,
    };
    if (!isUuid(details.boardId) || !(await this.dataSource.query(`SELECT 1 FROM board WHERE id = $1`, [details.boardId])).length) {
      throw new AppError('BAD_USER_INPUT', 'Kies het bestuur waarvoor u werkt.', { field: 'boardId' });
    }
    if (!isUuid(details.schoolId) || !(await this.dataSource.query(`SELECT 1 FROM school WHERE id = $1 AND board_id = $2`, [details.schoolId, details.boardId])).length) {
      throw new AppError('BAD_USER_INPUT', 'Kies een school van het gekozen bestuur.', { field: 'schoolId' });
    }
    const name = displayName(details);
    await assertPasswordPolicy(input.password, [email, name], 'password');
    // Hashed whatever happens next, so a known address is answered as slowly as a new one.
    const passwordHash = await hashPassword(input.password);
    const now = this.now();

    await this.dataSource.transaction(async (manager) => {
      const created = (await manager.query(
        `INSERT INTO account (email, display_name, password_hash, roles, email_verified_at) VALUES ($1, $2, $3, $4, NULL)
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [email, name, passwordHash, [Role.LEADER]],
      )) as { id: string }[];
      if (created[0]) {
        const { token } = await issueAccountToken(manager, created[0].id, 'VERIFY_EMAIL', now, details);
        await new AccountMail(manager, this.portalUrl).verification(email, name, token);
        return;
      }
      const [existing] = (await manager.query(`SELECT id, email, display_name, email_verified_at, deactivated_at FROM account WHERE email = $1 FOR UPDATE`, [email])) as AccountRow[];
      if (!existing) return; // deleted meanwhile (an expired enrolment): the visitor can simply enrol again
      const hourAgo = new Date(now.getTime() - 3_600_000);
      if (existing.deactivated_at) return; // staff closed it: nothing the holder could do with a notice
      if (existing.email_verified_at) {
        if ((await this.noticesSince(manager, email, hourAgo)) < ACCOUNT_EMAILS_PER_HOUR) await new AccountMail(manager, this.portalUrl).enrolNotice(email, existing.display_name);
        return;
      }
      if ((await tokensIssuedSince(manager, existing.id, 'VERIFY_EMAIL', hourAgo)) >= ACCOUNT_EMAILS_PER_HOUR) return;
      const [pending] = (await manager.query(
        `SELECT enrolment FROM account_token WHERE account_id = $1 AND purpose = 'VERIFY_EMAIL' ORDER BY created_at DESC LIMIT 1`,
        [existing.id],
      )) as { enrolment: EnrolmentDetails }[];
      if (!pending) return;
      const { token } = await issueAccountToken(manager, existing.id, 'VERIFY_EMAIL', now, pending.enrolment);
      await new AccountMail(manager, this.portalUrl).verification(email, existing.display_name, token, true);
    });
  }

  /**
   * Confirms the address behind a link: the account can sign in from now on, and the school leader
   * it enrolled is known to the register (with a register number), employed at the chosen board and
   * school from today, like any enrolled leader who has not applied yet. Every link of the account is
   * used up.
   */
  async verifyEmail(token: string): Promise<void> {
    const now = this.now();
    await this.dataSource.transaction(async (manager) => {
      const stored = await findAccountToken(manager, token, 'VERIFY_EMAIL', true);
      valueOrThrow(checkAccountToken(stored, now));
      const { accountId, enrolment } = stored!;
      const account = await manager.getRepository(Account).findOneOrFail({ where: { id: accountId }, lock: { mode: 'pessimistic_write' } });
      await useAccountTokens(manager, accountId, 'VERIFY_EMAIL', now);
      await manager.update(Account, { id: accountId }, { emailVerifiedAt: now });
      const details = enrolment!;
      const today = todayInAmsterdam(now);
      const { identifiers } = await manager.getRepository(SchoolLeader).insert({
        initials: initialsOf(details.firstName),
        ...nameColumns(details),
        birthDate: null,
        email: account.email,
        accountId,
        enrolledOn: today,
      });
      const leaderId = identifiers[0]!.id as string;
      await manager.getRepository(Employment).insert({
        leaderId,
        boardId: details.boardId,
        schoolId: details.schoolId,
        function: details.leaderFunction,
        startsOn: today,
        endsOn: null,
      });
      await recordAudit(manager, { actorAccountId: accountId, entity: 'school_leader', entityId: leaderId, action: 'ENROL', after: { ...details, email: account.email } });
    });
  }

  /**
   * Sends a link to set a new password when the address belongs to an account that may have one
   * (confirmed, at most a few per hour); otherwise nothing. The answer is the same either way.
   */
  async requestPasswordReset(email: string): Promise<void> {
    const address = normalisedEmail(email);
    const now = this.now();
    await this.dataSource.transaction(async (manager) => {
      const [account] = (await manager.query(`SELECT id, email, display_name, email_verified_at, deactivated_at FROM account WHERE email = $1 FOR UPDATE`, [address])) as AccountRow[];
      if (!account || !mayResetPassword(account)) return;
      if ((await tokensIssuedSince(manager, account.id, 'RESET_PASSWORD', new Date(now.getTime() - 3_600_000))) >= ACCOUNT_EMAILS_PER_HOUR) return;
      const { token } = await issueAccountToken(manager, account.id, 'RESET_PASSWORD', now);
      await new AccountMail(manager, this.portalUrl).reset(account.email, account.display_name, token);
    });
  }

  /**
   * Sets a new password with a link from {@link requestPasswordReset} (or the invitation to an account staff made): the link must be known, unused
   * and unexpired (checked before the policy, so an old link says so first), the password must pass
   * the policy. Uses up the account's reset links, ends every session and tells the holder by e-mail.
   */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    const now = this.now();
    const peeked = await findAccountToken(this.dataSource.manager, token, SET_PASSWORD_PURPOSES);
    valueOrThrow(checkAccountToken(peeked, now));
    const [account] = (await this.dataSource.query(`SELECT id, email, display_name, email_verified_at, deactivated_at FROM account WHERE id = $1`, [peeked!.accountId])) as AccountRow[];
    // Deactivated after the link was sent: the link holder owns the mailbox, so may be told why.
    if (account?.deactivated_at) throw ACCOUNT_DEACTIVATED();
    if (!account || !mayResetPassword(account)) throw reasonError(reason('TOKEN_UNKNOWN'));
    await assertPasswordPolicy(newPassword, [account.email, account.display_name]);
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      // Again under lock: two tabs with the same link set one password, the other is told the link was used.
      valueOrThrow(checkAccountToken(await findAccountToken(manager, token, SET_PASSWORD_PURPOSES, true), now));
      await manager.update(Account, { id: account.id }, { passwordHash });
      await useAccountTokens(manager, account.id, SET_PASSWORD_PURPOSES, now);
      await manager.query(`UPDATE session SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL`, [account.id, now]);
      await new AccountMail(manager, this.portalUrl).passwordChanged(account.email, account.display_name);
    });
    // Whoever holds the mailbox starts afresh: earlier wrong passwords no longer make them wait.
    await new LoginThrottle(this.dataSource, this.now).succeeded(addressKey(account.email));
  }

  private async noticesSince(manager: EntityManager, email: string, since: Date): Promise<number> {
    return manager.getRepository(EmailOutboxMessage).countBy({ toAddress: email, subject: ENROL_NOTICE_SUBJECT, createdAt: MoreThanOrEqual(since) });
  }
}
