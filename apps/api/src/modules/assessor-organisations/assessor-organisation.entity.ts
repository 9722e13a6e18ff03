import type { CalendarDate } from '@srpo/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';

/**
 * An assessor organisation (DESIGN §3.6): certified by the register for a period to assess
 * portfolios of informal learning; its ASSESSOR accounts handle the cases, at its own fees.
 */
@Entity({ name: 'assessor_organisation' })
export class AssessorOrganisation extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Chamber of Commerce number (KvK), eight digits; unique. */
  @Column({ name: 'kvk_number', type: 'text', unique: true })
  kvkNumber: string;

  @Column({ name: 'contact_email', type: 'text' })
  contactEmail: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /** First and last day of the register's certification (inclusive). */
  @Column({ name: 'certified_from', type: 'date' })
  certifiedFrom: CalendarDate;

  @Column({ name: 'certified_until', type: 'date' })
  certifiedUntil: CalendarDate;

  /** The organisation's own fee schedule, in euro cents. */
  @Column({ name: 'fee_one_off_cents', type: 'integer' })
  feeOneOffCents: number;

  @Column({ name: 'fee_per_theme_cents', type: 'integer' })
  feePerThemeCents: number;

  @Column({ name: 'fee_per_interview_cents', type: 'integer' })
  feePerInterviewCents: number;

  @Column({ name: 'fee_resubmission_cents', type: 'integer' })
  feeResubmissionCents: number;
}
