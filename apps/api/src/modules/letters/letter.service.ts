import { displayName, todayInAmsterdam, type CalendarDate, type LeaderNameParts } from '@srpo/domain';
import { In, LessThan, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { AppError } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { decodeIdCursor, pageSize, toPage } from '../audit/id-cursor';
import { emailDeliveryConfigured } from './email-delivery';
import { EmailOutboxMessage, EmailStatus, waitReasonOf } from './email-outbox.entity';
import { renderLetterPdf } from './letter-pdf';
import { emailText } from './letter-text';
import { Letter, PARAGRAPH_SEPARATOR } from './letter.entity';
import { isUuid } from '../../database/row-lock';
import type { Connection } from '../../schema/connection';
import { keysetPage, type KeysetOrder, type PageArgs } from '../../shared/paging';

/** Letters newest first; the id breaks ties between letters of one transaction. */
const NEWEST_FIRST: KeysetOrder = { direction: 'DESC', keys: [{ column: 'created_at' }, { column: 'id' }] };

/** Whom a letter is addressed to: a school leader, or the provider or board that owns an offering. */
export type LetterRecipient = { leaderId: string } | { providerId: string } | { boardId: string };

/** A letter to write; `paragraphs` are Dutch sentences, without salutation or closing. */
export type LetterInput = LetterRecipient & {
  kind: string;
  subject: string;
  paragraphs: readonly string[];
  relatedEntity?: string | null;
  relatedId?: string | null;
  /** Date printed on the letter; defaults to today in Amsterdam. */
  datedOn?: CalendarDate;
};

/** Who a letter is addressed to: a name for the salutation, an e-mail address (boards have none), a leader's account. */
interface Addressee {
  name: string;
  email: string | null;
  accountId: string | null;
}

interface AddresseeRow extends Partial<LeaderNameParts> {
  id: string;
  name: string | null;
  email: string | null;
  accountId: string | null;
}

/**
 * The addressees of letters, read from their tables directly in one statement: the letters module sits
 * below the leaders, providers and organisations modules, so it does not import their entities.
 */
async function addresseesOf(db: DataSource | EntityManager, recipients: readonly LetterRecipient[]): Promise<Map<string, Addressee>> {
  const idsOf = (key: 'leaderId' | 'providerId' | 'boardId') =>
    [...new Set(recipients.map((recipient) => recipientColumns(recipient)[key]).filter((id): id is string => id !== null))];
  const [leaderIds, providerIds, boardIds] = [idsOf('leaderId'), idsOf('providerId'), idsOf('boardId')];
  const rows = (await db.query(
    `SELECT id, first_name AS "firstName", infix, last_name AS "lastName", NULL AS name, email, account_id AS "accountId"
       FROM school_leader WHERE id = ANY($1::uuid[])
     UNION ALL
     SELECT id, NULL, NULL, NULL, name, contact_email, NULL FROM provider WHERE id = ANY($2::uuid[])
     UNION ALL
     SELECT id, NULL, NULL, NULL, name, NULL, NULL FROM board WHERE id = ANY($3::uuid[])`,
    [leaderIds, providerIds, boardIds],
  )) as AddresseeRow[];
  const addressees = new Map(
    rows.map((row) => [
      row.id,
      { name: row.lastName ? displayName({ firstName: row.firstName ?? '', infix: row.infix ?? null, lastName: row.lastName }) : (row.name ?? ''), email: row.email, accountId: row.accountId },
    ]),
  );
  const missing = [...leaderIds, ...providerIds, ...boardIds].find((id) => !addressees.has(id));
  if (missing) throw new AppError('NOT_FOUND', 'De geadresseerde van deze brief bestaat niet.', { recipientId: missing });
  return addressees;
}

/** A stored letter's addressee. */
function letterRecipient(letter: Letter): LetterRecipient {
  if (letter.leaderId) return { leaderId: letter.leaderId };
  return letter.providerId ? { providerId: letter.providerId } : { boardId: letter.boardId! };
}

function recipientColumns(input: LetterRecipient) {
  return {
    leaderId: 'leaderId' in input ? input.leaderId : null,
    providerId: 'providerId' in input ? input.providerId : null,
    boardId: 'boardId' in input ? input.boardId : null,
  };
}

/** The addressee's id of a stored letter. */
function recipientIdOf(letter: Pick<Letter, 'leaderId' | 'providerId' | 'boardId'>): string {
  return (letter.leaderId ?? letter.providerId ?? letter.boardId)!;
}

/**
 * Writes letters and queues an e-mail for every addressee with an e-mail address, all with the caller's
 * transaction manager: a rollback leaves neither letter nor e-mail. Loads the addressees in one query per kind.
 */
export async function writeLetters(manager: EntityManager, inputs: readonly LetterInput[]): Promise<Letter[]> {
  if (inputs.length === 0) return [];
  const addressees = await addresseesOf(manager, inputs);

  const today = todayInAmsterdam(new Date());
  const values = inputs.map((input) => ({
    ...recipientColumns(input),
    kind: input.kind,
    subject: input.subject,
    body: input.paragraphs.map((paragraph) => paragraph.trim()).join(PARAGRAPH_SEPARATOR),
    datedOn: input.datedOn ?? today,
    relatedEntity: input.relatedEntity ?? null,
    relatedId: input.relatedId ?? null,
  }));
  const { generatedMaps } = await manager.getRepository(Letter).insert(values);
  const letters = values.map((value, index) => manager.getRepository(Letter).create({ ...value, ...generatedMaps[index] }));

  const emails = letters.flatMap((letter, index) => {
    const addressee = addressees.get(recipientIdOf(letter))!;
    if (!addressee.email) return [];
    return [
      {
        toAddress: addressee.email,
        subject: letter.subject,
        textBody: emailText(addressee.name, inputs[index]!.paragraphs),
        letterId: letter.id,
        status: EmailStatus.PENDING,
      },
    ];
  });
  if (emails.length > 0) await manager.getRepository(EmailOutboxMessage).insert(emails);
  return letters;
}

/** Writes one letter (and its e-mail) inside the caller's transaction; see {@link writeLetters}. */
export async function writeLetter(manager: EntityManager, input: LetterInput): Promise<Letter> {
  const [letter] = await writeLetters(manager, [input]);
  return letter!;
}

/** Shown to staff instead of the text of an e-mail with a personal link (whoever reads it could use the link). */
const CONFIDENTIAL_TEXT = 'Deze e-mail bevat een persoonlijke link (account bevestigen of wachtwoord instellen) en wordt daarom niet getoond.';

export interface OutboxFilter {
  status?: readonly EmailStatus[] | null;
  first?: number | null;
  after?: string | null;
}

/** Reading letters and the outbox, and the PDF with its authorization. */
/** The caption under the QR code of a registration decision's letter. */
const QR_CAPTION = 'Scan deze code om uw registratie online te laten controleren.';

/** The page a letter's QR code leads to (a registration decision: its credential's verification page), or null for none. */
export type LetterVerificationUrl = (letter: Letter) => Promise<string | null>;

export class LetterService {
  constructor(
    private readonly dataSource: DataSource,
    /** Given by the HTTP layer, which knows the credentials' settings; without it letters have no QR code. */
    private readonly verificationUrlOf: LetterVerificationUrl = async () => null,
  ) {}

  /** A leader's letters, newest first, as a Relay page. */
  async lettersForLeader(leaderId: string, page: PageArgs): Promise<Connection<Letter>> {
    if (!isUuid(leaderId)) throw new AppError('BAD_USER_INPUT', 'Ongeldig id van een schoolleider.', { field: 'leaderId' });
    return keysetPage(this.dataSource.getRepository(Letter).createQueryBuilder('letter').where('letter.leader_id = :leaderId', { leaderId }), NEWEST_FIRST, page);
  }

  /** The letters of the leader linked to `accountId` (none when no leader is linked), as a Relay page. */
  async lettersForAccount(accountId: string, page: PageArgs): Promise<Connection<Letter>> {
    const query = this.dataSource
      .getRepository(Letter)
      .createQueryBuilder('letter')
      .where('letter.leader_id IN (SELECT leader.id FROM school_leader leader WHERE leader.account_id = :accountId)', { accountId });
    return keysetPage(query, NEWEST_FIRST, page);
  }

  /** The outbox, newest first, optionally by status, as a Relay page; each message says why it waits. */
  async outbox(filter: OutboxFilter) {
    const size = pageSize(filter.first);
    const where: FindOptionsWhere<EmailOutboxMessage> = {};
    if (filter.status && filter.status.length > 0) where.status = In([...filter.status]);
    const count = this.dataSource.getRepository(EmailOutboxMessage).count({ where: { ...where } });
    if (filter.after) where.id = LessThan(decodeIdCursor(filter.after));
    const [rows, totalCount, smtpConfigured] = await Promise.all([
      this.dataSource.getRepository(EmailOutboxMessage).find({ where, order: { id: 'DESC' }, take: size + 1 }),
      count,
      emailDeliveryConfigured(this.dataSource),
    ]);
    const messages = rows.map((row) =>
      Object.assign(row, { waitReason: waitReasonOf(row, smtpConfigured), textBody: row.confidential ? CONFIDENTIAL_TEXT : row.textBody }),
    );
    return { ...toPage(messages, size), totalCount };
  }

  /**
   * The letter's PDF for `account`: staff may read every letter, a leader only their own, a provider
   * or board only its own. UNAUTHENTICATED without account, FORBIDDEN for someone else's letter,
   * NOT_FOUND for an unknown id.
   */
  async pdfFor(account: Account | null, letterId: string): Promise<{ letter: Letter; pdf: Buffer }> {
    if (!account) throw new AppError('UNAUTHENTICATED', 'U bent niet ingelogd. Log in om verder te gaan.');
    const letter = isUuid(letterId) ? await this.dataSource.getRepository(Letter).findOneBy({ id: letterId }) : null;
    if (!letter) throw new AppError('NOT_FOUND', 'Deze brief bestaat niet.');
    const addressee = (await addresseesOf(this.dataSource, [letterRecipient(letter)])).get(recipientIdOf(letter))!;
    const isStaff = account.roles.includes(Role.STAFF);
    const isOwner =
      (account.roles.includes(Role.LEADER) && letter.leaderId !== null && addressee.accountId === account.id) ||
      (account.roles.includes(Role.PROVIDER) && letter.providerId !== null && letter.providerId === account.providerId) ||
      (account.roles.includes(Role.BOARD) && letter.boardId !== null && letter.boardId === account.boardId);
    if (!isStaff && !isOwner) throw new AppError('FORBIDDEN', 'U hebt geen toegang tot deze brief.');
    return (await this.renderPdf(letter.id))!;
  }

  /** The PDF of a letter for the e-mail attachment (no authorization: used by the delivery job). */
  async renderPdf(letterId: string): Promise<{ letter: Letter; pdf: Buffer } | null> {
    const letter = await this.dataSource.getRepository(Letter).findOneBy({ id: letterId });
    if (!letter) return null;
    const addressee = (await addresseesOf(this.dataSource, [letterRecipient(letter)])).get(recipientIdOf(letter))!;
    const verificationUrl = await this.verificationUrlOf(letter);
    return { letter, pdf: await renderLetterPdf(letter, addressee.name, verificationUrl ? { url: verificationUrl, caption: QR_CAPTION } : null) };
  }
}
