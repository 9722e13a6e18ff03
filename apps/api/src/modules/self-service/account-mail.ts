import { ACCOUNT_TOKEN_HOURS } from '@srpo/domain';
import type { EntityManager } from 'typeorm';
import { EmailOutboxMessage, EmailStatus } from '../letters/email-outbox.entity';
import { mailText } from '../letters/letter-text';

/** Pages of the portal that the links in account e-mails open (apps/admin/src/routes.ts). */
export const PORTAL_PAGES = {
  verifyEmail: '/account-bevestigen',
  resetPassword: '/wachtwoord-herstellen',
  forgotPassword: '/wachtwoord-vergeten',
  login: '/inloggen',
} as const;

function hours(count: number): string {
  return count === 1 ? 'een uur' : `${count} uur`;
}


export const VERIFY_SUBJECT = 'Bevestig uw e-mailadres voor het Schoolleidersregister PO';
export const RESET_SUBJECT = 'Nieuw wachtwoord instellen voor het Schoolleidersregister PO';
export const ENROL_NOTICE_SUBJECT = 'Er is geprobeerd een account aan te maken met uw e-mailadres';
export const INVITATION_SUBJECT = 'Uw account voor het Schoolleidersregister PO: stel uw wachtwoord in';

/** The e-mails about an account, put in the outbox with the caller's transaction (sent by the outbox job when SMTP is set). */
export class AccountMail {
  constructor(
    private readonly manager: EntityManager,
    /** The portal as its users reach it (PORTAL_URL): links are built from this setting only, never from a request. */
    private readonly portalUrl: string,
  ) {}

  /** The token travels in the fragment: browsers never send it to a server, so no access log or Referer holds it. */
  private link(page: string, token?: string): string {
    return `${this.portalUrl}${page}${token ? `#token=${token}` : ''}`;
  }

  /** A link in the text makes the e-mail confidential: staff reading the outbox do not see it. */
  private async queue(to: string, subject: string, body: string, confidential: boolean): Promise<void> {
    await this.manager.getRepository(EmailOutboxMessage).insert({ toAddress: to, subject, textBody: body, letterId: null, status: EmailStatus.PENDING, confidential });
  }

  /** The link to confirm the address; `again` when an enrolment awaiting confirmation is sent its link anew. */
  verification(to: string, name: string, token: string, again = false): Promise<void> {
    return this.queue(
      to,
      VERIFY_SUBJECT,
      mailText(name, [
        again
          ? 'Er is opnieuw geprobeerd een account aan te maken met dit e-mailadres, terwijl de eerdere aanmelding nog op bevestiging wacht. Bevestig die eerdere aanmelding met deze link; u logt daarna in met het wachtwoord dat u toen koos (kwijt? Gebruik dan "Wachtwoord vergeten"):'
          : 'U hebt een account aangemaakt voor het Schoolleidersregister PO. Bevestig uw e-mailadres met deze link; daarna kunt u inloggen:',
        this.link(PORTAL_PAGES.verifyEmail, token),
        `De link werkt één keer en verloopt na ${hours(ACCOUNT_TOKEN_HOURS.VERIFY_EMAIL)}. Hebt u geen account aangemaakt? Dan hoeft u niets te doen: zonder bevestiging wordt het account verwijderd.`,
      ]),
      true,
    );
  }

  /** To the holder of an existing account when someone enrols with its address (the enrolment page says nothing of it). */
  enrolNotice(to: string, name: string): Promise<void> {
    return this.queue(
      to,
      ENROL_NOTICE_SUBJECT,
      mailText(name, [
        'Zojuist is geprobeerd een nieuw account voor het Schoolleidersregister PO aan te maken met uw e-mailadres. U hebt al een account met dit adres, dus er is niets aangemaakt.',
        `Was u dat zelf? Log dan in met uw bestaande account: ${this.link(PORTAL_PAGES.login)}. Weet u uw wachtwoord niet meer, vraag dan een nieuw aan: ${this.link(PORTAL_PAGES.forgotPassword)}.`,
        'Was u het niet? Dan hoeft u niets te doen; uw account is niet gewijzigd.',
      ]),
      false,
    );
  }

  reset(to: string, name: string, token: string): Promise<void> {
    return this.queue(
      to,
      RESET_SUBJECT,
      mailText(name, [
        'U hebt gevraagd om een nieuw wachtwoord voor uw account bij het Schoolleidersregister PO. Stel het in met deze link:',
        this.link(PORTAL_PAGES.resetPassword, token),
        `De link werkt één keer en verloopt na ${hours(ACCOUNT_TOKEN_HOURS.RESET_PASSWORD)}. Hebt u dit niet gevraagd? Dan hoeft u niets te doen; uw wachtwoord blijft zoals het is.`,
      ]),
      true,
    );
  }

  /** To someone staff made an account for: a link to set the first password. */
  invitation(to: string, name: string, token: string): Promise<void> {
    return this.queue(
      to,
      INVITATION_SUBJECT,
      mailText(name, [
        'Het registerbureau heeft een account voor u aangemaakt in het portaal van het Schoolleidersregister PO. Stel met deze link uw wachtwoord in; daarna kunt u inloggen:',
        this.link(PORTAL_PAGES.resetPassword, token),
        `De link werkt één keer en verloopt na ${hours(ACCOUNT_TOKEN_HOURS.INVITE)}. Daarna vraagt u een nieuwe link aan via "Wachtwoord vergeten": ${this.link(PORTAL_PAGES.forgotPassword)}.`,
      ]),
      true,
    );
  }

  passwordChanged(to: string, name: string): Promise<void> {
    return this.queue(
      to,
      'Uw wachtwoord voor het Schoolleidersregister PO is gewijzigd',
      mailText(name, [
        'Het wachtwoord van uw account bij het Schoolleidersregister PO is zojuist opnieuw ingesteld. Overal waar u was ingelogd, bent u uitgelogd.',
        'Was u dit niet? Neem dan direct contact op met het registerbureau.',
      ]),
      false,
    );
  }
}
