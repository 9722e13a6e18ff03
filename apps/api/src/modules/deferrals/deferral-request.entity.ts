import type { CalendarDate, DeferralKind, DeferralReason } from '@srpo/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';

/** A leader's request to move a deadline (DESIGN §3.7), and the decision on it. */
@Entity({ name: 'deferral_request' })
export class DeferralRequestRow extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'leader_id', type: 'uuid' })
  leaderId: string;

  @Column({ name: 'registration_id', type: 'uuid', nullable: true })
  registrationId: string | null;

  @Column({ type: 'text' })
  kind: DeferralKind;

  @Column({ type: 'text' })
  reason: DeferralReason;

  @Column({ name: 'requested_on', type: 'date' })
  requestedOn: CalendarDate;

  @Column({ name: 'requested_due_date', type: 'date' })
  requestedDueDate: CalendarDate;

  @Column({ type: 'text', nullable: true })
  motivation: string | null;

  @Column({ type: 'text' })
  status: 'REQUESTED' | 'GRANTED' | 'PARTLY_GRANTED' | 'REJECTED';

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: CalendarDate | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'granted_due_date', type: 'date', nullable: true })
  grantedDueDate: CalendarDate | null;

  @Column({ name: 'decision_reasons', type: 'text', nullable: true })
  decisionReasons: string | null;
}
