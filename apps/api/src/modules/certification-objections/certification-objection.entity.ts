import type { CalendarDate } from '@srpo/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';

/** An owner's objection against a certification decision, filed within six weeks (DESIGN §3.8). */
@Entity({ name: 'certification_objection' })
export class CertificationObjection extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'certification_id', type: 'uuid' })
  certificationId: string;

  @Column({ name: 'filed_by', type: 'uuid' })
  filedBy: string;

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
