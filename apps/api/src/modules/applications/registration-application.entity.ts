import type {
  ApplicationKind,
  ApplicationStatus,
  CalendarDate,
  LeaderFunction,
  QualificationLevel,
  QualificationRoute,
  RegistrationTitle,
  ReRegistrationRoute,
} from '@srpo/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';

/** An application for (aspirant) registration, a level change or re-registration, with the leader's claim. */
@Entity({ name: 'registration_application' })
export class RegistrationApplication extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'leader_id', type: 'uuid' })
  leaderId: string;

  @Column({ type: 'text' })
  kind: ApplicationKind;

  @Column({ type: 'text' })
  status: ApplicationStatus;

  @Column({ name: 'leader_function', type: 'text' })
  leaderFunction: LeaderFunction;

  @Column({ name: 'requested_title', type: 'text' })
  requestedTitle: RegistrationTitle;

  @Column({ name: 'qualification_route', type: 'text', nullable: true })
  qualificationRoute: QualificationRoute | null;

  /** Re-registration only: the route applied through (§3.5); the evidence fields below describe the diploma. */
  @Column({ name: 're_registration_route', type: 'text', nullable: true })
  reRegistrationRoute: ReRegistrationRoute | null;

  /** Level the programme/assessment/EVC leads to (for an aspirant: the programme's level). */
  @Column({ name: 'claimed_level', type: 'text', nullable: true })
  claimedLevel: QualificationLevel | null;

  /** Date of the diploma, assessment or EVC certificate. */
  @Column({ name: 'evidence_date', type: 'date', nullable: true })
  evidenceDate: CalendarDate | null;

  /** Programme, assessment provider, EVC bureau or university. */
  @Column({ type: 'text', nullable: true })
  institution: string | null;

  @Column({ name: 'certification_valid_from', type: 'date', nullable: true })
  certificationValidFrom: CalendarDate | null;

  @Column({ name: 'certification_valid_until', type: 'date', nullable: true })
  certificationValidUntil: CalendarDate | null;

  /** Aspirant: enrolment in the certified programme. */
  @Column({ name: 'enrolled_on', type: 'date', nullable: true })
  enrolledOn: CalendarDate | null;

  @Column({ name: 'expected_end_date', type: 'date', nullable: true })
  expectedEndDate: CalendarDate | null;

  @Column({ name: 'nvao_accredited', type: 'boolean', nullable: true })
  nvaoAccredited: boolean | null;

  @Column({ name: 'aligned_with_standard', type: 'boolean', nullable: true })
  alignedWithStandard: boolean | null;

  @Column({ name: 'leader_note', type: 'text', nullable: true })
  leaderNote: string | null;

  /** Staff's request for more information when the application was returned. */
  @Column({ name: 'staff_message', type: 'text', nullable: true })
  staffMessage: string | null;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;
}
