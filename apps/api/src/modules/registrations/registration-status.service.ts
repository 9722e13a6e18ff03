import { registrationStateOn, type CalendarDate } from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { loadRegistrationHistory } from './registration.loaders';
import { toRegistrationFacts } from './registration.facts';
import { Registration } from './registration.entity';
import { nextChangeOn, refreshRegisterEntries, refreshStaleRegisterEntries } from './registration-read-model';

export interface StatusChange {
  registrationId: string;
  leaderId: string;
  from: Registration['status'];
  to: Registration['status'];
}

const BATCH_SIZE = 500;

/**
 * Keeps the cached `status`/`due_date` equal to the domain's `statusOn(today)`, with the day it may
 * next change (`status_valid_until`), and the public register's read model (`register_entry`) in step.
 * The daily job calls `refreshAll(today)`; every change to a registration's facts calls `refresh`.
 */
export class RegistrationStatusService {
  constructor(private readonly db: DataSource | EntityManager) {}

  /**
   * Recomputes the registrations whose cached status may have changed by `today` (keyset batches on
   * `status_valid_until`: on a normal day only those with a due date, end of the conditional period
   * or dated fact today), and the read model's stale entries. Returns the status changes.
   */
  async refreshAll(today: CalendarDate): Promise<StatusChange[]> {
    const changes: StatusChange[] = [];
    // Rows due for a change, then rows computed for a later date (a run for a date in the future).
    const selections = [
      { column: 'status_valid_until', where: 'r.status_valid_until <= :today' },
      { column: 'status_as_of', where: 'r.status_as_of > :today' },
    ];
    for (const { column, where } of selections) {
      let after = { key: '-infinity', id: '00000000-0000-0000-0000-000000000000' };
      for (;;) {
        const batch = await this.db
          .getRepository(Registration)
          .createQueryBuilder('r')
          .addSelect(`r.${column}::text`, 'batch_key')
          .where(where, { today })
          .andWhere(`(r.${column}, r.id) > (:key::date, :id::uuid)`, after)
          .orderBy(`r.${column}`)
          .addOrderBy('r.id')
          .limit(BATCH_SIZE)
          .getRawAndEntities<{ batch_key: string }>();
        if (batch.entities.length === 0) break;
        changes.push(...(await this.refresh(batch.entities, today)));
        const last = batch.entities.length - 1;
        after = { key: batch.raw[last]!.batch_key, id: batch.entities[last]!.id };
      }
    }
    await refreshStaleRegisterEntries(this.db, today);
    return changes;
  }

  /** Recomputes the given registrations (and their leaders' register entries) for `today`. */
  async refresh(registrations: readonly Registration[], today: CalendarDate): Promise<StatusChange[]> {
    const changes: StatusChange[] = [];
    const rows = (await loadRegistrationHistory(this.db, registrations)).map((item) => {
      const facts = toRegistrationFacts(item);
      const state = registrationStateOn(facts, today);
      const { registration } = item;
      // Before registeredOn (a decision recorded ahead of its date) the registration counts as active.
      const status = state.status ?? 'ACTIVE';
      if (status !== registration.status) {
        changes.push({ registrationId: registration.id, leaderId: registration.leaderId, from: registration.status, to: status });
      }
      const validUntil = nextChangeOn(facts, item.titleChanges, today) ?? 'infinity';
      return { id: registration.id, status, dueDate: state.period?.dueDate ?? registration.dueDate, validUntil };
    });
    if (rows.length === 0) return changes;
    // One statement per batch; a cache refresh is not an edit, so `version` stays as it is.
    await this.db.query(
      `UPDATE registration AS r
          SET status = v.status, due_date = v.due_date, status_valid_until = v.valid_until, status_as_of = $5
         FROM unnest($1::uuid[], $2::text[], $3::date[], $4::date[]) AS v(id, status, due_date, valid_until)
        WHERE r.id = v.id`,
      [rows.map((row) => row.id), rows.map((row) => row.status), rows.map((row) => row.dueDate), rows.map((row) => row.validUntil), today],
    );
    await refreshRegisterEntries(this.db, registrations.map((registration) => registration.leaderId), today);
    return changes;
  }
}
