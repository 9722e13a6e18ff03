import { registrationStateOn, type CalendarDate } from '@srpo/domain';
import { Not, type DataSource, type EntityManager } from 'typeorm';
import { loadRegistrationHistory } from './registration.loaders';
import { toRegistrationFacts } from './registration.facts';
import { Registration } from './registration.entity';

export interface StatusChange {
  registrationId: string;
  leaderId: string;
  from: Registration['status'];
  to: Registration['status'];
}

const BATCH_SIZE = 500;

/**
 * Keeps the cached `status`/`due_date` equal to the domain's `statusOn(today)`. The daily job calls
 * `refresh(today)`; so does every change to a registration's facts.
 */
export class RegistrationStatusService {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** Recomputes every registration not yet computed for `today`; returns the status changes. */
  async refreshAll(today: CalendarDate): Promise<StatusChange[]> {
    const changes: StatusChange[] = [];
    for (;;) {
      const batch = await this.db.getRepository(Registration).find({
        where: { statusAsOf: Not(today) },
        order: { id: 'ASC' },
        take: BATCH_SIZE,
      });
      if (batch.length === 0) return changes;
      changes.push(...(await this.refresh(batch, today)));
    }
  }

  /** Recomputes the given registrations for `today`. */
  async refresh(registrations: readonly Registration[], today: CalendarDate): Promise<StatusChange[]> {
    const changes: StatusChange[] = [];
    const rows = (await loadRegistrationHistory(this.db, registrations)).map((item) => {
      const state = registrationStateOn(toRegistrationFacts(item), today);
      const { registration } = item;
      // Before registeredOn (a decision recorded ahead of its date) the registration counts as active.
      const status = state.status ?? 'ACTIVE';
      if (status !== registration.status) {
        changes.push({ registrationId: registration.id, leaderId: registration.leaderId, from: registration.status, to: status });
      }
      return { id: registration.id, status, dueDate: state.period?.dueDate ?? registration.dueDate };
    });
    if (rows.length === 0) return changes;
    // One statement per batch; a cache refresh is not an edit, so `version` stays as it is.
    await this.db.query(
      `UPDATE registration AS r
          SET status = v.status, due_date = v.due_date, status_as_of = $4
         FROM unnest($1::uuid[], $2::text[], $3::date[]) AS v(id, status, due_date)
        WHERE r.id = v.id`,
      [rows.map((row) => row.id), rows.map((row) => row.status), rows.map((row) => row.dueDate), today],
    );
    return changes;
  }
}
