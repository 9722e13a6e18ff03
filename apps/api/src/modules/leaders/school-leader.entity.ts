import { sortName, type CalendarDate, type LeaderNameParts } from '@srpo/domain';
import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';
import { Employment } from './employment.entity';

/** A leader's name columns as stored: the parts and the domain's `sortName` of them (write names only through this). */
export function nameColumns(name: LeaderNameParts): { firstName: string; infix: string | null; lastName: string; sortName: string } {
  return { firstName: name.firstName, infix: name.infix ?? null, lastName: name.lastName, sortName: sortName(name) };
}

/** A school leader known to the register (inschrijving). Personal fields never reach the public API. */
@Entity({ name: 'school_leader' })
export class SchoolLeader extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Public register number, assigned on enrolment. */
  @Column({ name: 'register_number', type: 'text', unique: true, insert: false, update: false })
  registerNumber: string;

  @Column({ type: 'text' })
  initials: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName: string;

  /** Tussenvoegsel, e.g. "van der". */
  @Column({ type: 'text', nullable: true })
  infix: string | null;

  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  /** The domain's `sortName` of the name ("Dijk, Jan van"); lists sort on its folded form `sort_key`. Write it with every name. */
  @Column({ name: 'sort_name', type: 'text' })
  sortName: string;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate: CalendarDate | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  /** Date of enrolment (inschrijving). */
  @Column({ name: 'enrolled_on', type: 'date' })
  enrolledOn: CalendarDate;

  @OneToMany(() => Employment, (employment) => employment.leader)
  employments?: Employment[];
}
