import type { CalendarDate } from '@srpo/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';

/** A meeting of the Commissie Registratie (monthly) or Accreditatie. */
@Entity({ name: 'committee_meeting' })
export class CommitteeMeeting extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  committee: 'REGISTRATION' | 'ACCREDITATION';

  @Column({ name: 'meeting_date', type: 'date' })
  meetingDate: CalendarDate;

  @Column({ type: 'text', nullable: true })
  location: string | null;
}
