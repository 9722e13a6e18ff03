import { ACCOUNT_TOKEN_HOURS } from '@srpo/domain';
import type { EntityManager } from 'typeorm';
import { EmailOutboxMessage, EmailStatus } from '../letters/email-outbox.entity';
import { CLOSING, salutation } from '../letters/letter-text';

/** Pages of the portal that the links in account e-mails open (apps/admin/src/routes.ts). */
export const PORTAL_PAGES = {
  verifyEmail: '/account-bevestigen',
  resetPassword: '/wachtwoord-herstellen',
  forgotPassword: '/wachtwoord-vergeten',
  login: '/inloggen',
} as const;

/**
 * Where the portal is, as its users reach it (PORTAL_URL, e.g. https://register.example.nl/portaal);
 * links in e-mails are built from this setting only, never from a request's Host header.
 */
export function portalUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.PORTAL_URL || 'http://localhost:5173').replace(/\/+$/, '');
}

function link(page: string, token?: string): string {
  return `${portalUrl()}${page}${token ? `?token=${token}` : ''}`;
}

function hours(count: number): string {
  return count === 1 ? 'een uur' : `${count} uur`;
}

function text(name: string, paragraphs: readonly string[]): string {
  return [salutation(name), ...paragraphs, CLOSING.join('\n')].join('\n\n');
}

/** Puts an account e-mail in the outbox (sent by the outbox job when SMTP is set); a link makes it confidential. */
async function queue(manager: EntityManager, to: string, subject: string, body: string, confidential: boolean): Promise<void> {
  await manager.getRepository(EmailOutboxMessage).insert({ toAddress: to, subject, textBody: body, letterId: null, status: EmailStatus.PENDING, confidential });
}

export const VERIFY_SUBJECT = 'Bevestig uw e-mailadres voor het Schoolleidersregister PO';
export const RESET_SUBJECT = 'Nieuw wachtwoord instellen voor het Schoolleidersregister PO';
export const ENROL_NOTICE_SUBJECT = 'Er is geprobeerd een account aan te maken met uw e-mailadres';

export function queueVerificationEmail(manager: EntityManager, to: string, name: string, token: string): Promise<void> {
  return queue(
    manager,
    to,
    VERIFY_SUBJECT,
    text(name, [
      'U hebt een account aangemaakt voor het Schoolleidersregister PO. Bevestig uw e-mailadres met deze link; daarna kunt u inloggen:',
      link(PORTAL_PAGES.verifyEmail, token),
      `De link werkt één keer en verloopt na ${hours(ACCOUNT_TOKEN_HOURS.VERIFY_EMAIL)}. Hebt u geen account aangemaakt? Dan hoeft u niets te doen: zonder bevestiging wordt het account verwijderd.`,
    ]),
    true,
  );
}

/** To the holder of an existing account when someone enrols with its address (the enrolment page says nothing of it). */
export function queueEnrolNoticeEmail(manager: EntityManager, to: string, name: string): Promise<void> {
  return queue(
    manager,
    to,
    ENROL_NOTICE_SUBJECT,
    text(name, [
      'Zojuist is geprobeerd een nieuw account voor het Schoolleidersregister PO aan te maken met uw e-mailadres. U hebt al een account met dit adres, dus er is niets aangemaakt.',
      `Was u dat zelf? Log dan in met uw bestaande account: ${link(PORTAL_PAGES.login)}. Weet u uw wachtwoord niet meer, vraag dan een nieuw aan: ${link(PORTAL_PAGES.forgotPassword)}.`,
      'Was u het niet? Dan hoeft u niets te doen; uw account is niet gewijzigd.',
    ]),
    false,
  );
}

export function queueResetEmail(manager: EntityManager, to: string, name: string, token: string): Promise<void> {
  return queue(
    manager,
    to,
    RESET_SUBJECT,
    text(name, [
      'U hebt gevraagd om een nieuw wachtwoord voor uw account bij het Schoolleidersregister PO. Stel het in met deze link:',
      link(PORTAL_PAGES.resetPassword, token),
      `De link werkt één keer en verloopt na ${hours(ACCOUNT_TOKEN_HOURS.RESET_PASSWORD)}. Hebt u dit niet gevraagd? Dan hoeft u niets te doen; uw wachtwoord blijft zoals het is.`,
    ]),
    true,
  );
}

export const INVITATION_SUBJECT = 'Uw account voor het Schoolleidersregister PO: stel uw wachtwoord in';

/** To someone staff made an account for: a link to set the first password. */
export function queueInvitationEmail(manager: EntityManager, to: string, name: string, token: string): Promise<void> {
  return queue(
    manager,
    to,
    INVITATION_SUBJECT,
    text(name, [
      'Het registerbureau heeft een account voor u aangemaakt in het portaal van het Schoolleidersregister PO. Stel met deze link uw wachtwoord in; daarna kunt u inloggen:',
      link(PORTAL_PAGES.resetPassword, token),
      `De link werkt één keer en verloopt na ${hours(ACCOUNT_TOKEN_HOURS.INVITE)}. Daarna vraagt u een nieuwe link aan via "Wachtwoord vergeten": ${link(PORTAL_PAGES.forgotPassword)}.`,
    ]),
    true,
  );
}

export function queuePasswordChangedEmail(manager: EntityManager, to: string, name: string): Promise<void> {
  return queue(
    manager,
    to,
    'Uw wachtwoord voor het Schoolleidersregister PO is gewijzigd',
    text(name, [
      'Het wachtwoord van uw account bij het Schoolleidersregister PO is zojuist opnieuw ingesteld. Op andere apparaten bent u uitgelogd.',
      'Was u dit niet? Neem dan direct contact op met het registerbureau.',
    ]),
    false,
  );
}
