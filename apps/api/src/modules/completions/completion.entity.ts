import type { CalendarDate } from '@srpo/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';

export type CompletionSource = 'PROVIDER' | 'LEADER_CERTIFICATE';
export type CompletionStatus = 'RECORDED' | 'PENDING_VERIFICATION' | 'VERIFIED' | 'REJECTED' | 'WITHDRAWN';
/** Statuses that count for theme credits. */
export const COUNTED_COMPLETION_STATUSES: readonly CompletionStatus[] = ['RECORDED', 'VERIFIED'];

/** A leader's completion (afronding/certificaat) of one execution: recorded once, credits every certified (sub)theme. */
@Entity({ name: 'completion' })
export class Completion extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'execution_id', type: 'uuid' })
  executionId: string;

  @Column({ name: 'leader_id', type: 'uuid' })
  leaderId: string;

  @Column({ name: 'completed_on', type: 'date' })
  completedOn: CalendarDate;

  @Column({ type: 'text' })
  source: CompletionSource;

  @Column({ type: 'text' })
  status: CompletionStatus;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  /** Who verified, rejected or withdrew it, when, and why. */
  @Column({ name: 'handled_by', type: 'uuid', nullable: true })
  handledBy: string | null;

  @Column({ name: 'handled_on', type: 'date', nullable: true })
  handledOn: CalendarDate | null;

  @Column({ name: 'handling_note', type: 'text', nullable: true })
  handlingNote: string | null;
}
