import type { CalendarDate, DataRequestKind, DataRequestStatus, DataRequestSubject } from '@srpo/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';

/** A leader's AVG request about their own data (correction or erasure), and the staff's decision on it. */
@Entity({ name: 'data_request' })
export class DataRequestRow extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'leader_id', type: 'uuid' })
  leaderId: string;

  @Column({ type: 'text' })
  kind: DataRequestKind;

  /** Which data a correction is about; null for an erasure. */
  @Column({ type: 'text', nullable: true })
  subject: DataRequestSubject | null;

  /** What is wrong (correction) or why the leader wants the data erased. */
  @Column({ type: 'text' })
  description: string;

  /** The right value, in the leader's words (correction). */
  @Column({ name: 'proposed_value', type: 'text', nullable: true })
  proposedValue: string | null;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn: CalendarDate;

  /** The domain's `dataRequestDeadline`, stored so the queue sorts on it. */
  @Column({ type: 'date' })
  deadline: CalendarDate;

  @Column({ name: 'extended_on', type: 'date', nullable: true })
  extendedOn: CalendarDate | null;

  @Column({ name: 'extension_grounds', type: 'text', nullable: true })
  extensionGrounds: string | null;

  @Column({ type: 'text' })
  status: DataRequestStatus;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: CalendarDate | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decision_grounds', type: 'text', nullable: true })
  decisionGrounds: string | null;

  /** The leader's fields a carried-out correction changed (names of fields, not values). */
  @Column({ name: 'changed_fields', type: 'text', array: true })
  changedFields: string[];
}
