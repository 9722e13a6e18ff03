import type { CalendarDate, QualificationLevel } from '@srpo/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The committee's decision on one application. One stands per application (enforced by the database);
 * an upheld objection reopens it (`reopenedOn`) and the application is decided again.
 */
@Entity({ name: 'decision' })
export class Decision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ type: 'text' })
  outcome: 'APPROVED' | 'REJECTED';

  @Column({ type: 'text', nullable: true })
  reasons: string | null;

  @Column({ name: 'granted_level', type: 'text', nullable: true })
  grantedLevel: QualificationLevel | null;

  /** Approved although the rules did not allow it; `exceptionJustification` says why. */
  @Column({ name: 'is_exception', type: 'boolean', default: false })
  isException: boolean;

  @Column({ name: 'exception_justification', type: 'text', nullable: true })
  exceptionJustification: string | null;

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedBy: string;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn: CalendarDate;

  @Column({ name: 'reopened_on', type: 'date', nullable: true })
  reopenedOn: CalendarDate | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
