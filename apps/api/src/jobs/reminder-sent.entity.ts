import type { CalendarDate, ReminderKind } from '@srpo/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A re-registration reminder already sent (DESIGN §3.3); unique per registration, kind and due date. */
@Entity({ name: 'reminder_sent' })
export class ReminderSent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'registration_id', type: 'uuid' })
  registrationId: string;

  @Column({ type: 'text' })
  kind: ReminderKind;

  /** The due date the reminder was for: a deferral gives a new due date and so a new schedule. */
  @Column({ name: 'due_date', type: 'date' })
  dueDate: CalendarDate;

  @Column({ name: 'sent_on', type: 'date' })
  sentOn: CalendarDate;

  @Column({ name: 'letter_id', type: 'uuid', nullable: true })
  letterId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
