import type { CalendarDate, QualificationLevel, ReRegistrationRoute, RegistrationTitle } from '@srpo/domain';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Registration } from './registration.entity';

/** Title, level and aspirant flag from `effectiveOn`: the history behind "what was this on date X". */
@Entity({ name: 'registration_title_change' })
export class RegistrationTitleChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'registration_id', type: 'uuid' })
  registrationId: string;

  @ManyToOne(() => Registration, (registration) => registration.titleChanges, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id' })
  registration?: Registration;

  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn: CalendarDate;

  @Column({ type: 'text' })
  title: RegistrationTitle;

  @Column({ type: 'text', nullable: true })
  level: QualificationLevel | null;

  @Column({ type: 'boolean' })
  aspirant: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** An approved re-registration: opens the next four-year period. */
@Entity({ name: 're_registration' })
export class ReRegistration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'registration_id', type: 'uuid' })
  registrationId: string;

  @ManyToOne(() => Registration, (registration) => registration.reRegistrations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id' })
  registration?: Registration;

  @Column({ name: 'approved_on', type: 'date' })
  approvedOn: CalendarDate;

  @Column({ type: 'text' })
  route: ReRegistrationRoute;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A granted deferral: moves the due date of the period current on `grantedOn`. */
@Entity({ name: 'registration_deferral' })
export class RegistrationDeferral {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'registration_id', type: 'uuid' })
  registrationId: string;

  @ManyToOne(() => Registration, (registration) => registration.deferrals, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id' })
  registration?: Registration;

  @Column({ name: 'granted_on', type: 'date' })
  grantedOn: CalendarDate;

  @Column({ name: 'new_due_date', type: 'date' })
  newDueDate: CalendarDate;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
