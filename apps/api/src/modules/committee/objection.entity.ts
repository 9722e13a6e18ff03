import type { CalendarDate } from '@srpo/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';

/** A leader's objection (bezwaar) against a decision, filed within six weeks. */
@Entity({ name: 'objection' })
export class Objection extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId: string;

  @Column({ name: 'filed_on', type: 'date' })
  filedOn: CalendarDate;

  @Column({ type: 'text' })
  grounds: string;

  @Column({ type: 'text' })
  status: 'FILED' | 'UPHELD' | 'DISMISSED';

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: CalendarDate | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'outcome_reasons', type: 'text', nullable: true })
  outcomeReasons: string | null;
}
