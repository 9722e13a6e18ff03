import { displayName, todayInAmsterdam, type CalendarDate, type LeaderNameParts } from '@srpo/domain';
import { In, LessThan, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { AppError } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { decodeIdCursor, pageSize, toPage } from '../audit/id-cursor';
import { EmailOutboxMessage, EmailStatus } from './email-outbox.entity';
import { renderLetterPdf } from './letter-pdf';
import { emailText } from './letter-text';
import { Letter, PARAGRAPH_SEPARATOR } from './letter.entity';
import { isUuid } from '../../database/row-lock';
import type { Connection } from '../../schema/connection';
import { keysetPage, type KeysetOrder, type PageArgs } from '../../shared/paging';

/** Who a letter is addressed to. */
interface Addressee extends LeaderNameParts {
  id: string;
  email: string | null;
  accountId: string | null;
}

/**
 * The addressees of letters, read from the school_leader table directly: the letters module sits
 * below the leaders module (leaders → registrations → letters), so it does not import its entity.
 */
async function addressees(db: DataSource | EntityManager, leaderIds: readonly string[]): Promise<Map<string, Addressee>> {
  const rows = (await db.query(
    `SELECT id, first_name AS "firstName", infix, last_name AS "lastName", email, account_id AS "accountId" FROM school_leader WHERE id = ANY($1::uuid[])`,
    [[...leaderIds]],
  )) as Addressee[];
  return new Map(rows.map((row) => [row.id, row]));
}

/** Letters newest first; the id breaks ties between letters of one transaction. */
const NEWEST_FIRST: KeysetOrder = { direction: 'DESC', keys: [{ column: 'created_at' }, { column: 'id' }] };

/** A letter to write; `paragraphs` are Dutch sentences, without salutation or closing. */
export interface LetterInput {
  leaderId: string;
  kind: string;
  subject: string;
  paragraphs: readonly string[];
  relatedEntity?: string | null;
  relatedId?: string | null;
  /** Date printed on the letter; defaults to today in Amsterdam. */
  datedOn?: CalendarDate;
}


/**
 * Writes letters and queues an e-mail for every leader with an e-mail address, all with the caller's
 * transaction manager: a rollback leaves neither letter nor e-mail. Loads the leaders in one query.
 */
export async function writeLetters(manager: EntityManager, inputs: readonly LetterInput[]): Promise<Letter[]> {
  if (inputs.length === 0) return [];
  const leaderIds = [...new Set(inputs.map((input) => input.leaderId))];
  const leaderById = await addressees(manager, leaderIds);
  const missing = leaderIds.find((id) => !leaderById.has(id));
  if (missing) throw new AppError('NOT_FOUND', 'De schoolleider voor deze brief bestaat niet.', { leaderId: missing });

  const today = todayInAmsterdam(new Date());
  const values = inputs.map((input) => ({
    leaderId: input.leaderId,
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
    const leader = leaderById.get(letter.leaderId);
    if (!leader?.email) return [];
    return [
      {
        toAddress: leader.email,
        subject: letter.subject,
        textBody: emailText(displayName(leader), inputs[index]!.paragraphs),
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

export interface OutboxFilter {
  status?: readonly EmailStatus[] | null;
  first?: number | null;
  after?: string | null;
}

/** Reading letters and the outbox, and the PDF with its authorization. */
export class LetterService {
  constructor(private readonly dataSource: DataSource) {}

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

  /** The outbox, newest first, optionally by status, as a Relay page. */
  async outbox(filter: OutboxFilter) {
    const size = pageSize(filter.first);
    const where: FindOptionsWhere<EmailOutboxMessage> = {};
    if (filter.status && filter.status.length > 0) where.status = In([...filter.status]);
    const count = this.dataSource.getRepository(EmailOutboxMessage).count({ where: { ...where } });
    if (filter.after) where.id = LessThan(decodeIdCursor(filter.after));
    const [rows, totalCount] = await Promise.all([
      this.dataSource.getRepository(EmailOutboxMessage).find({ where, order: { id: 'DESC' }, take: size + 1 }),
      count,
    ]);
    return { ...toPage(rows, size), totalCount };
  }

  /**
   * The letter's PDF for `account`: staff may read every letter, a leader only their own.
   * UNAUTHENTICATED without account, FORBIDDEN for someone else's letter, NOT_FOUND for an unknown id.
   */
  async pdfFor(account: Account | null, letterId: string): Promise<{ letter: Letter; pdf: Buffer }> {
    if (!account) throw new AppError('UNAUTHENTICATED', 'U bent niet ingelogd. Log in om verder te gaan.');
    const letter = isUuid(letterId) ? await this.dataSource.getRepository(Letter).findOneBy({ id: letterId }) : null;
    const leader = letter ? (await addressees(this.dataSource, [letter.leaderId])).get(letter.leaderId) : null;
    if (!letter || !leader) throw new AppError('NOT_FOUND', 'Deze brief bestaat niet.');
    const isStaff = account.roles.includes(Role.STAFF);
    const isOwner = account.roles.includes(Role.LEADER) && leader.accountId === account.id;
    if (!isStaff && !isOwner) throw new AppError('FORBIDDEN', 'U hebt geen toegang tot deze brief.');
    return { letter, pdf: await renderLetterPdf(letter, displayName(leader)) };
  }

  /** The PDF of a letter for the e-mail attachment (no authorization: used by the delivery job). */
  async renderPdf(letterId: string): Promise<{ letter: Letter; pdf: Buffer } | null> {
    const letter = await this.dataSource.getRepository(Letter).findOneBy({ id: letterId });
    if (!letter) return null;
    const leader = (await addressees(this.dataSource, [letter.leaderId])).get(letter.leaderId);
    if (!leader) throw new Error(`Letter ${letter.id} has no leader`);
    return { letter, pdf: await renderLetterPdf(letter, displayName(leader)) };
  }
}
