import type { CalendarDate, ObjectionDecisionKind } from '@srpo/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';

export type ObjectionStatus = 'FILED' | 'UPHELD' | 'DISMISSED';

/**
 * An objection (bezwaar) against any decision (DESIGN §3.8), filed within six weeks by the party the
 * decision concerns: a leader (application, deferral, certificate verification) or the offering's
 * owner (certification). The committee upholds (the decision is reopened) or dismisses it.
 */
@Entity({ name: 'objection' })
export class Objection extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'decision_kind', type: 'text' })
  decisionKind: ObjectionDecisionKind;

  /** The decision objected to: a decision, deferral request, certification or completion id, by kind. */
  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId: string;

  /** The party the decision concerns: exactly one of leader, provider and board. */
  @Column({ name: 'leader_id', type: 'uuid', nullable: true })
  leaderId: string | null;

  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId: string | null;

  @Column({ name: 'board_id', type: 'uuid', nullable: true })
  boardId: string | null;

  /** The account that filed it (unknown only for a few objections moved from before it was recorded). */
  @Column({ name: 'filed_by', type: 'uuid', nullable: true })
  filedBy: string | null;

  @Column({ name: 'filed_on', type: 'date' })
  filedOn: CalendarDate;

  @Column({ type: 'text' })
  grounds: string;

  @Column({ type: 'text' })
  status: ObjectionStatus;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: CalendarDate | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'outcome_reasons', type: 'text', nullable: true })
  outcomeReasons: string | null;
}
