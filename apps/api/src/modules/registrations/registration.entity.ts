import type { CalendarDate, QualificationLevel, RegistrationStatus, RegistrationTitle } from '@srpo/domain';
import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';
import { RegistrationDeferral, RegistrationTitleChange, ReRegistration } from './registration-history.entity';

/**
 * A registration in the register. The facts (dates, title history, re-registrations, deferrals) are
 * the truth; `status` and `dueDate` cache the domain's answer for `statusAsOf` so lists can filter.
 */
@Entity({ name: 'registration' })
export class Registration extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'leader_id', type: 'uuid' })
  leaderId: string;

  @Column({ name: 'registered_on', type: 'date' })
  registeredOn: CalendarDate;

  @Column({ name: 'first_registered_on', type: 'date', nullable: true })
  firstRegisteredOn: CalendarDate | null;

  @Column({ type: 'boolean' })
  aspirant: boolean;

  @Column({ name: 'aspirant_until', type: 'date', nullable: true })
  aspirantUntil: CalendarDate | null;

  @Column({ name: 'full_registration_on', type: 'date', nullable: true })
  fullRegistrationOn: CalendarDate | null;

  @Column({ name: 'deregistered_on', type: 'date', nullable: true })
  deregisteredOn: CalendarDate | null;

  @Column({ name: 'deregistration_reason', type: 'text', nullable: true })
  deregistrationReason: string | null;

  /** Current title and level (the latest title change). */
  @Column({ type: 'text' })
  title: RegistrationTitle;

  @Column({ type: 'text', nullable: true })
  level: QualificationLevel | null;

  @Column({ type: 'text' })
  status: RegistrationStatus;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: CalendarDate;

  @Column({ name: 'status_as_of', type: 'date' })
  statusAsOf: CalendarDate;

  @OneToMany(() => RegistrationTitleChange, (change) => change.registration)
  titleChanges?: RegistrationTitleChange[];

  @OneToMany(() => ReRegistration, (reRegistration) => reRegistration.registration)
  reRegistrations?: ReRegistration[];

  @OneToMany(() => RegistrationDeferral, (deferral) => deferral.registration)
  deferrals?: RegistrationDeferral[];
}
