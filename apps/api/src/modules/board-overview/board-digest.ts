import {
  calendarDateParts,
  displayName,
  dueWindowEnd,
  formatCalendarDate,
  formatDateInWords,
  isReRegistrationDueWithin,
  type CalendarDate,
  type RegistrationStatus,
} from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { CLOSING, salutation } from '../letters/letter-text';
import { groupBy } from '../registrations/registration.loaders';
import { freshRegisterEntriesVersion } from '../registrations/registration-read-model';

/** The window the digest lists re-registrations in: six months, when the leaders' own first reminder goes out. */
export const DIGEST_DUE_MONTHS = 6;
/** The portal page the digest links to (apps/admin/src/routes.ts `paths.board`). */
export const BOARD_WORKSPACE_PAGE = '/bestuur';
/** Board accounts per batch: each batch is a fixed number of statements. */
const ACCOUNT_BATCH = 200;

export interface BoardDigestResult {
  /** First day of the month the digest is for. */
  month: CalendarDate;
  /** E-mails written to the outbox. */
  emails: number;
  /** Board accounts whose board had nothing to report this month: no e-mail, but the month is marked done. */
  nothingToReport: number;
}

interface AccountRow {
  id: string;
  email: string;
  display_name: string;
  board_id: string;
  board_name: string;
}

interface LeaderRow {
  board_id: string;
  first_name: string;
  infix: string | null;
  last_name: string;
  register_number: string;
  status: RegistrationStatus;
  aspirant: boolean;
  due_date: CalendarDate | null;
}

/** What a board's digest lists: who is due within six months, who is conditional, who expired. */
export interface BoardDigestContent {
  due: LeaderRow[];
  conditional: LeaderRow[];
  expired: LeaderRow[];
}

function leaders(count: number): string {
  return `${count} ${count === 1 ? 'schoolleider' : 'schoolleiders'}`;
}

function line(row: LeaderRow, dateText: string): string {
  return `- ${displayName({ firstName: row.first_name, infix: row.infix, lastName: row.last_name })} (registernummer ${row.register_number}${row.aspirant ? ', aspirant' : ''}), ${dateText}`;
}

function dueText(row: LeaderRow, prefix: string): string {
  return row.due_date ? `${prefix} ${formatDateInWords(row.due_date)}` : '';
}

/** "december 2026". */
export function monthInWords(month: CalendarDate): string {
  return formatDateInWords(month).replace(/^1 /, '');
}

/** The digest's subject and text (Dutch); null when there is nothing to report. */
export function boardDigestText(
  account: { displayName: string; boardName: string },
  content: BoardDigestContent,
  month: CalendarDate,
  workspaceUrl: string,
): { subject: string; text: string } | null {
  const { due, conditional, expired } = content;
  if (due.length + conditional.length + expired.length === 0) return null;
  const sections: string[] = [];
  if (due.length > 0) {
    sections.push(
      [`Herregistratie binnen zes maanden: ${leaders(due.length)}. ${due.length === 1 ? 'Deze schoolleider moet' : 'Zij moeten'} vóór de genoemde datum herregistreren.`, ...due.map((row) => line(row, dueText(row, 'uiterlijk')))].join('\n'),
    );
  }
  if (conditional.length > 0) {
    sections.push(
      [
        `Onder voorwaarden: ${leaders(conditional.length)}. De herregistratiedatum is verstreken; zonder herregistratie binnen zes maanden daarna verloopt de registratie.`,
        ...conditional.map((row) => line(row, dueText(row, 'herregistratie was uiterlijk'))),
      ].join('\n'),
    );
  }
  if (expired.length > 0) {
    sections.push(
      [`Herregistratie verlopen: ${leaders(expired.length)}. ${expired.length === 1 ? 'Deze registratie is' : 'Deze registraties zijn'} verlopen: de herregistratie is niet op tijd aangevraagd.`, ...expired.map((row) => line(row, dueText(row, 'herregistratie was uiterlijk')))].join(
        '\n',
      ),
    );
  }
  const text = [
    salutation(account.displayName),
    `Dit is het overzicht van ${monthInWords(month)} van de schoolleiders van ${account.boardName} die aandacht vragen in het Schoolleidersregister PO.`,
    ...sections,
    `Alle schoolleiders van uw bestuur, met hun status en voortgang, ziet u in het portaal: ${workspaceUrl}`,
    CLOSING.join('\n'),
    'U ontvangt dit overzicht elke maand als er iets te melden is.',
  ].join('\n\n');
  return { subject: `Overzicht schoolleiders ${account.boardName}: ${monthInWords(month)}`, text };
}

/** The first day of the month of `date`. */
export function monthOf(date: CalendarDate): CalendarDate {
  const { year, month } = calendarDateParts(date);
  return formatCalendarDate(year, month, 1);
}

/**
 * The monthly digest (issue 11) for the month of `today`: to every active BOARD account not yet
 * served this month, one e-mail in the outbox listing its board's current leaders due within six
 * months (the domain's window), conditional, and expired; nothing to report → no e-mail. Each account
 * and month is claimed in `board_digest_sent` (unique) in the transaction that writes the e-mail, so a
 * rerun or a second API instance sends nothing twice. A fixed number of statements per batch of accounts.
 */
export async function sendBoardDigests(dataSource: DataSource, today: CalendarDate, portalUrl: string): Promise<BoardDigestResult> {
  const month = monthOf(today);
  const result: BoardDigestResult = { month, emails: 0, nothingToReport: 0 };
  await freshRegisterEntriesVersion(dataSource, today);
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const accounts = (await dataSource.query(
      `SELECT a.id, a.email, a.display_name, a.board_id, b.name AS board_name
         FROM account a JOIN board b ON b.id = a.board_id
        WHERE 'BOARD' = ANY(a.roles) AND a.deactivated_at IS NULL AND a.id > $2
          AND NOT EXISTS (SELECT 1 FROM board_digest_sent s WHERE s.account_id = a.id AND s.month = $1)
        ORDER BY a.id LIMIT ${ACCOUNT_BATCH}`,
      [month, after],
    )) as AccountRow[];
    if (accounts.length === 0) return result;
    after = accounts[accounts.length - 1]!.id;
    const batch = await dataSource.transaction((manager) => digestBatch(manager, accounts, today, month, `${portalUrl}${BOARD_WORKSPACE_PAGE}`));
    result.emails += batch.emails;
    result.nothingToReport += batch.nothingToReport;
  }
}

async function digestBatch(manager: EntityManager, accounts: readonly AccountRow[], today: CalendarDate, month: CalendarDate, workspaceUrl: string) {
  // Claim first: a concurrent run waits on these keys and then finds them taken.
  const claimed = new Set(
    ((await manager.query(
      `INSERT INTO board_digest_sent (account_id, month, board_id) SELECT a, $2::date, b FROM unnest($1::uuid[], $3::uuid[]) AS x(a, b)
       ON CONFLICT (account_id, month) DO NOTHING RETURNING account_id`,
      [accounts.map((account) => account.id), month, accounts.map((account) => account.board_id)],
    )) as { account_id: string }[]).map((row) => row.account_id),
  );
  const mine = accounts.filter((account) => claimed.has(account.id));
  const contents = await digestContents(manager, [...new Set(mine.map((account) => account.board_id))], today);
  const emails = mine.flatMap((account) => {
    const text = boardDigestText({ displayName: account.display_name, boardName: account.board_name }, contents.get(account.board_id) ?? { due: [], conditional: [], expired: [] }, month, workspaceUrl);
    return text ? [{ account, ...text }] : [];
  });
  if (emails.length > 0) {
    // account.email is unique, so the returned address says whose e-mail each id is.
    const inserted = (await manager.query(
      `INSERT INTO email_outbox (to_address, subject, text_body, status, confidential)
       SELECT t, s, b, 'PENDING', false FROM unnest($1::text[], $2::text[], $3::text[]) AS x(t, s, b)
       RETURNING id, to_address`,
      [emails.map((email) => email.account.email), emails.map((email) => email.subject), emails.map((email) => email.text)],
    )) as { id: string; to_address: string }[];
    const idByAddress = new Map(inserted.map((row) => [row.to_address, row.id]));
    await manager.query(
      `UPDATE board_digest_sent s SET email_id = x.e FROM unnest($1::uuid[], $2::bigint[]) AS x(a, e) WHERE s.account_id = x.a AND s.month = $3`,
      [emails.map((email) => email.account.id), emails.map((email) => idByAddress.get(email.account.email)), month],
    );
  }
  return { emails: emails.length, nothingToReport: mine.length - emails.length };
}

/**
 * Per board, the current leaders the digest lists, by the register's read model (exact for today):
 * one statement for any number of boards. SQL narrows to the candidates; the domain's window decides "due".
 */
async function digestContents(manager: EntityManager, boardIds: readonly string[], today: CalendarDate): Promise<Map<string, BoardDigestContent>> {
  if (boardIds.length === 0) return new Map();
  const rows = (await manager.query(
    `SELECT DISTINCT m.board_id, l.first_name, l.infix, l.last_name, l.register_number, l.sort_key, r.status, r.aspirant, r.due_date::text AS due_date
       FROM employment m JOIN school_leader l ON l.id = m.leader_id JOIN register_entry r ON r.leader_id = l.id
      WHERE m.board_id = ANY($1::uuid[]) AND m.starts_on <= $2 AND (m.ends_on IS NULL OR m.ends_on >= $2)
        AND (r.status IN ('CONDITIONAL', 'EXPIRED') OR (r.status = 'ACTIVE' AND r.due_date <= $3))
      ORDER BY due_date, sort_key, register_number`,
    [[...boardIds], today, dueWindowEnd(today, DIGEST_DUE_MONTHS)],
  )) as LeaderRow[];
  return new Map(
    [...groupBy(rows, (row) => row.board_id)].map(([boardId, list]) => [
      boardId,
      {
        due: list.filter((row) => isReRegistrationDueWithin({ status: row.status, aspirant: row.aspirant, dueDate: row.due_date }, today, DIGEST_DUE_MONTHS)),
        conditional: list.filter((row) => row.status === 'CONDITIONAL'),
        expired: list.filter((row) => row.status === 'EXPIRED'),
      },
    ]),
  );
}
