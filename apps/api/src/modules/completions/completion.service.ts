import { completionRefusal, displayName, formatDateInWords, type CalendarDate } from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError, type ErrorReason } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { recordAudits } from '../audit/record-audit';
import { assertOwns } from '../offerings/offering-owner';
import { Certification, Offering, OfferingExecution } from '../offerings/offering.entity';
import { latestRegistrationJoin } from '../registrations/latest-registration';
import type { CompletionRowOutcomeType, RecordCompletionsResultType } from './completion.types';

export const MAX_COMPLETION_ROWS = 5_000;

/** A row as uploaded; `completedOn` null when a CSV date could not be read. */
export interface CompletionRowInput {
  registerNumber: string;
  completedOn: CalendarDate | null;
  rawDate?: string;
  /** The CSV row could not be read safely (see `parseCompletionsCsv`). */
  problem?: 'FORBIDDEN_CHARACTER' | 'TEXT_TOO_LONG';
}

const MESSAGES = {
  RECORDED: 'Afronding vastgelegd.',
  WOULD_RECORD: 'Wordt vastgelegd.',
  ALREADY_RECORDED: 'Deze afronding was al vastgelegd; er is niets gewijzigd.',
  UNKNOWN_REGISTER_NUMBER: 'Dit registernummer is onbekend.',
  DUPLICATE_ROW: 'Dit registernummer staat al eerder in deze upload.',
  DATE_IN_FUTURE: 'De datum van afronding ligt in de toekomst.',
  INVALID_DATE: 'Ongeldige datum: gebruik JJJJ-MM-DD of DD-MM-JJJJ.',
  OUTSIDE_CERTIFICATION_PERIOD: 'Op de datum van afronding was dit aanbod niet gecertificeerd; de afronding telt niet.',
  LEADER_DEREGISTERED: 'Deze schoolleider is uitgeschreven uit het register.',
  FORBIDDEN_CHARACTER: 'Deze regel bevat een teken dat niet is toegestaan (zoals een NUL-teken).',
  TEXT_TOO_LONG: 'Een veld in deze regel is te lang.',
} as const satisfies Partial<Record<ErrorReason | 'RECORDED' | 'WOULD_RECORD' | 'ALREADY_RECORDED', string>>;
type RejectionCode = Exclude<keyof typeof MESSAGES, 'RECORDED' | 'WOULD_RECORD' | 'ALREADY_RECORDED'>;

interface LeaderRow {
  id: string;
  register_number: string;
  first_name: string;
  infix: string | null;
  last_name: string;
  /** The latest registration; null when the leader was never registered (then not public). */
  registration_id: string | null;
  deregistered_on: CalendarDate | null;
  /** The date of this execution's completion already on record for the leader, if any. */
  recorded_on: CalendarDate | null;
}

/** Completions that stand (count, or wait for verification): one per leader and execution. */
const ON_RECORD = `'RECORDED', 'PENDING_VERIFICATION', 'VERIFIED'`;

/**
 * The name the public register shows for the leader, so the provider sees whom a register number
 * credits; null for a leader who is not in the public register (never registered).
 */
function publicName(leader: LeaderRow): string | null {
  return leader.registration_id === null ? null : displayName({ firstName: leader.first_name, infix: leader.infix, lastName: leader.last_name });
}

/** A row for a leader whose completion of this execution is already on record: the same date is a repeat, another date is not taken over. */
function onRecord(recordedOn: CalendarDate, completedOn: CalendarDate): Pick<CompletionRowOutcomeType, 'status' | 'message'> {
  if (recordedOn === completedOn) return { status: 'ALREADY_RECORDED', message: MESSAGES.ALREADY_RECORDED };
  return {
    status: 'DATE_DIFFERS',
    message: `Al vastgelegd op ${formatDateInWords(recordedOn)}; de andere datum (${formatDateInWords(completedOn)}) is niet overgenomen. Trek de afronding in om de datum te corrigeren.`,
  };
}

/** The execution with its offering, if the actor's owner may record on it; NOT_FOUND otherwise (others' never revealed). */
export async function ownedExecution(db: DataSource | EntityManager, actor: Account, executionId: string): Promise<{ execution: OfferingExecution; offering: Offering }> {
  const execution = await db.getRepository(OfferingExecution).findOneBy({ id: executionId });
  const offering = execution ? await db.getRepository(Offering).findOneBy({ id: execution.offeringId }) : null;
  try {
    assertOwns(actor, offering);
  } catch (error) {
    if (error instanceof AppError && error.extensions.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', 'Deze uitvoering bestaat niet (meer).');
    throw error;
  }
  return { execution: execution as OfferingExecution, offering: offering as Offering };
}

/**
 * Bulk recording of completions for one execution (DESIGN §5): every row is checked, valid rows are
 * kept, invalid ones reported; a repeat changes nothing. A fixed number of queries for any size:
 * leaders in one query, completions in one INSERT … SELECT unnest(…) ON CONFLICT DO NOTHING.
 */
export class CompletionRecordingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Account,
    private readonly today: CalendarDate,
  ) {}

  /**
   * Checks every row and records the valid ones; with `dryRun` nothing is stored and the report says
   * what recording would do (the provider checks the matched names first, then records).
   */
  async record(executionId: string, rows: readonly CompletionRowInput[], dryRun = false): Promise<RecordCompletionsResultType> {
    if (rows.length > MAX_COMPLETION_ROWS) {
      throw new AppError('BAD_USER_INPUT', `Lever hoogstens ${MAX_COMPLETION_ROWS} afrondingen per keer aan.`, { field: 'completions' });
    }
    return this.dataSource.transaction(async (manager) => {
      const { execution } = await ownedExecution(manager, this.actor, executionId);
      const certifications = await manager.getRepository(Certification).findBy({ offeringId: execution.offeringId });
      const numbers = [...new Set(rows.filter((row) => !row.problem).map((row) => row.registerNumber.trim()).filter(Boolean))];
      // With the completion already on record for this execution (if any): a repeat is then told apart from a correction.
      const leaders = numbers.length
        ? ((await manager.query(
            `SELECT l.id, l.register_number, l.first_name, l.infix, l.last_name, r.id AS registration_id, r.deregistered_on, c.completed_on AS recorded_on
               FROM school_leader l
               ${latestRegistrationJoin('l.id', 'r')}
               LEFT JOIN completion c ON c.execution_id = $2 AND c.leader_id = l.id AND c.status IN (${ON_RECORD})
              WHERE l.register_number = ANY($1::text[])`,
            [numbers, executionId],
          )) as LeaderRow[])
        : [];
      const leaderByNumber = new Map(leaders.map((leader) => [leader.register_number, leader]));

      const outcomes: CompletionRowOutcomeType[] = [];
      const candidates: { index: number; leaderId: string; completedOn: CalendarDate }[] = [];
      const seen = new Set<string>();
      rows.forEach((input, index) => {
        const registerNumber = input.registerNumber.trim();
        const leader = input.problem ? undefined : leaderByNumber.get(registerNumber);
        const outcome = { row: index + 1, registerNumber, leaderName: leader ? publicName(leader) : null, completedOn: input.completedOn, recordedOn: null, code: null };
        const reject = (code: RejectionCode) => {
          outcomes[index] = { ...outcome, status: 'REJECTED', code, message: MESSAGES[code] };
        };
        if (input.problem) return reject(input.problem);
        if (seen.has(registerNumber)) return reject('DUPLICATE_ROW');
        seen.add(registerNumber);
        if (!leader) return reject('UNKNOWN_REGISTER_NUMBER');
        const completedOn = input.completedOn;
        if (completedOn === null) return reject('INVALID_DATE');
        const refusal = completionRefusal({ completedOn, certifications, deregisteredOn: leader.deregistered_on }, this.today);
        if (refusal) return reject(refusal);
        if (leader.recorded_on !== null) {
          outcomes[index] = { ...outcome, recordedOn: leader.recorded_on, ...onRecord(leader.recorded_on, completedOn) };
          return;
        }
        candidates.push({ index, leaderId: leader.id, completedOn });
      });

      const inserted =
        candidates.length && !dryRun
          ? ((await manager.query(
              `INSERT INTO completion (execution_id, leader_id, completed_on, source, status, recorded_by)
               SELECT $1, t.leader_id, t.completed_on, 'PROVIDER', 'RECORDED', $2
                 FROM unnest($3::uuid[], $4::date[]) AS t(leader_id, completed_on)
               ON CONFLICT (execution_id, leader_id) WHERE status IN (${ON_RECORD}) DO NOTHING
               RETURNING id, leader_id, completed_on`,
              [executionId, this.actor.id, candidates.map((c) => c.leaderId), candidates.map((c) => c.completedOn)],
            )) as { id: string; leader_id: string; completed_on: string }[])
          : [];
      const insertedLeaders = new Set(inserted.map((row) => row.leader_id));
      for (const candidate of candidates) {
        const row = rows[candidate.index]!;
        const leader = leaderByNumber.get(row.registerNumber.trim())!;
        // Recorded by someone else between our read and the insert: a repeat; the report cannot name that date.
        const status = dryRun || insertedLeaders.has(candidate.leaderId) ? 'RECORDED' : 'ALREADY_RECORDED';
        outcomes[candidate.index] = {
          row: candidate.index + 1,
          registerNumber: leader.register_number,
          leaderName: publicName(leader),
          completedOn: candidate.completedOn,
          recordedOn: null,
          status,
          code: null,
          message: dryRun ? MESSAGES.WOULD_RECORD : MESSAGES[status],
        };
      }
      await recordAudits(
        manager,
        inserted.map((row) => ({ actorAccountId: this.actor.id, entity: 'completion', entityId: row.id, action: 'RECORD', after: row })),
      );
      const count = (status: CompletionRowOutcomeType['status']) => outcomes.filter((outcome) => outcome.status === status).length;
      return {
        executionId,
        dryRun,
        total: rows.length,
        recorded: count('RECORDED'),
        alreadyRecorded: count('ALREADY_RECORDED'),
        dateDiffers: count('DATE_DIFFERS'),
        rejected: count('REJECTED'),
        rows: outcomes,
      };
    });
  }
}
