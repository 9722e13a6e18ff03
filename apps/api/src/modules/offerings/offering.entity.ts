import type { CalendarDate, QualificationLevel } from '@srpo/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';

export const OFFERING_KINDS = ['BASIC_PROGRAMME', 'VAKBEKWAAM_PROGRAMME', 'MASTER', 'COURSE', 'ASSESSMENT', 'EVC'] as const;
export type OfferingKind = (typeof OFFERING_KINDS)[number];
export type OfferingStatus = 'DRAFT' | 'SUBMITTED' | 'CERTIFIED' | 'REJECTED';

/** An offering (aanbod) of a provider or a board; certified for a set of (sub)themes (DESIGN §3.4). */
@Entity({ name: 'offering' })
export class Offering extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId: string | null;

  @Column({ name: 'board_id', type: 'uuid', nullable: true })
  boardId: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  kind: OfferingKind;

  /** For programmes: the level it leads to (basisbekwaam or vakbekwaam for a basic programme). */
  @Column({ name: 'leads_to_level', type: 'text', nullable: true })
  leadsToLevel: QualificationLevel | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'integer', nullable: true })
  hours: number | null;

  /** What a participant can do afterwards; certified content. */
  @Column({ name: 'learning_goals', type: 'text', default: '' })
  learningGoals: string;

  /** The sessions and their subjects; certified content. */
  @Column({ type: 'text', default: '' })
  programme: string;

  /** Price per participant in euro cents; not certified, the owner may change it at any time. */
  @Column({ name: 'price_cents', type: 'integer', nullable: true })
  priceCents: number | null;

  /** Workflow of the latest certification request; whether it is certified on a day follows from `certification` rows. */
  @Column({ type: 'text' })
  status: OfferingStatus;

  @Column({ name: 'submitted_on', type: 'date', nullable: true })
  submittedOn: CalendarDate | null;
}

/** A theme or subtheme the owner claims the offering covers. */
@Entity({ name: 'offering_claim' })
export class OfferingClaim {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'offering_id', type: 'uuid' })
  offeringId: string;

  @Column({ name: 'theme_id', type: 'uuid', nullable: true })
  themeId: string | null;

  @Column({ name: 'subtheme_id', type: 'uuid', nullable: true })
  subthemeId: string | null;
}

/** A certification decision on an offering: certified for a scope and a period, or rejected with grounds. */
@Entity({ name: 'certification' })
export class Certification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'offering_id', type: 'uuid' })
  offeringId: string;

  @Column({ type: 'text' })
  outcome: 'CERTIFIED' | 'REJECTED';

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn: CalendarDate;

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedBy: string;

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom: CalendarDate | null;

  /** Last day (inclusive), computed with the domain's `certificationEnd` when not given. */
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: CalendarDate | null;

  @Column({ type: 'text', nullable: true })
  grounds: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One certified theme or subtheme of a certification. */
@Entity({ name: 'certification_scope' })
export class CertificationScope {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'certification_id', type: 'uuid' })
  certificationId: string;

  @Column({ name: 'theme_id', type: 'uuid', nullable: true })
  themeId: string | null;

  @Column({ name: 'subtheme_id', type: 'uuid', nullable: true })
  subthemeId: string | null;
}

/** A published execution (uitvoering) of a certified offering. */
@Entity({ name: 'offering_execution' })
export class OfferingExecution extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'offering_id', type: 'uuid' })
  offeringId: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: CalendarDate;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: CalendarDate;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'boolean' })
  online: boolean;

  @Column({ type: 'integer', nullable: true })
  capacity: number | null;
}
