import type { CalendarDate, PortfolioFeeKind, PortfolioState } from '@srpo/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';

/**
 * A leader's portfolio case (DESIGN §3.6) at a certified assessor organisation, for one or two themes:
 * submitted, assessed by the same two assessors, an interview, and the outcome per theme.
 */
@Entity({ name: 'portfolio_case' })
export class PortfolioCase extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'leader_id', type: 'uuid' })
  leaderId: string;

  @Column({ name: 'assessor_organisation_id', type: 'uuid' })
  assessorOrganisationId: string;

  @Column({ type: 'text' })
  state: PortfolioState;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn: CalendarDate;

  /** The latest (re)submission. */
  @Column({ name: 'submitted_on', type: 'date', nullable: true })
  submittedOn: CalendarDate | null;

  @Column({ type: 'integer', default: 0 })
  resubmissions: number;

  /** The two assessors (ASSESSOR accounts of the organisation), both null until assigned, then fixed. */
  @Column({ name: 'first_assessor_id', type: 'uuid', nullable: true })
  firstAssessorId: string | null;

  @Column({ name: 'second_assessor_id', type: 'uuid', nullable: true })
  secondAssessorId: string | null;

  /** When the latest round's assessment was decided (both assessors recorded every theme). */
  @Column({ name: 'assessed_on', type: 'date', nullable: true })
  assessedOn: CalendarDate | null;

  @Column({ name: 'interview_starts_at', type: 'timestamptz', nullable: true })
  interviewStartsAt: Date | null;

  @Column({ name: 'interview_minutes', type: 'integer', nullable: true })
  interviewMinutes: number | null;

  @Column({ name: 'interview_location', type: 'text', nullable: true })
  interviewLocation: string | null;

  /** The outcome's decision date (null while open, and again after an upheld objection). */
  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: CalendarDate | null;

  /** The assessors' account ids, in assignment order (empty until assigned). */
  get assessorIds(): string[] {
    return this.firstAssessorId && this.secondAssessorId ? [this.firstAssessorId, this.secondAssessorId] : [];
  }

  /** The current assessment round: 1, or 2 after the resubmission. */
  get round(): number {
    return this.resubmissions + 1;
  }
}

/** A theme of a case, with its outcome and grounds once decided. */
@Entity({ name: 'portfolio_case_theme' })
export class PortfolioCaseTheme {
  @PrimaryColumn({ name: 'portfolio_case_id', type: 'uuid' })
  portfolioCaseId: string;

  @PrimaryColumn({ name: 'theme_id', type: 'uuid' })
  themeId: string;

  @Column({ type: 'text', nullable: true })
  outcome: 'VALIDATED' | 'NOT_VALIDATED' | null;

  @Column({ type: 'text', nullable: true })
  grounds: string | null;
}

/** One assessor's checklist of one theme in one round (§3.6 minimum requirements). */
@Entity({ name: 'portfolio_assessment' })
export class PortfolioAssessmentRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'portfolio_case_id', type: 'uuid' })
  portfolioCaseId: string;

  @Column({ name: 'theme_id', type: 'uuid' })
  themeId: string;

  @Column({ name: 'assessor_id', type: 'uuid' })
  assessorId: string;

  @Column({ type: 'integer' })
  round: number;

  @Column({ name: 'follows_fixed_structure', type: 'boolean' })
  followsFixedStructure: boolean;

  @Column({ name: 'shows_development', type: 'boolean' })
  showsDevelopment: boolean;

  @Column({ name: 'colleague_feedback_count', type: 'integer' })
  colleagueFeedbackCount: number;

  @Column({ name: 'source_count', type: 'integer' })
  sourceCount: number;

  @Column({ name: 'literature_source_count', type: 'integer' })
  literatureSourceCount: number;

  @Column({ name: 'evidence_count', type: 'integer' })
  evidenceCount: number;

  @Column({ name: 'word_count', type: 'integer' })
  wordCount: number;

  @Column({ name: 'clear_writing', type: 'boolean' })
  clearWriting: boolean;

  @Column({ name: 'own_role_central', type: 'boolean' })
  ownRoleCentral: boolean;

  @Column({ type: 'boolean' })
  sufficient: boolean;

  @Column({ type: 'text', nullable: true })
  feedback: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

/** One assessor's proposed outcome for one theme; the outcome stands when both assessors agree. */
@Entity({ name: 'portfolio_outcome_proposal' })
export class PortfolioOutcomeProposalRow {
  @PrimaryColumn({ name: 'portfolio_case_id', type: 'uuid' })
  portfolioCaseId: string;

  @PrimaryColumn({ name: 'theme_id', type: 'uuid' })
  themeId: string;

  @PrimaryColumn({ name: 'assessor_id', type: 'uuid' })
  assessorId: string;

  @Column({ type: 'boolean' })
  validated: boolean;

  @Column({ type: 'text' })
  grounds: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}

/** A fee line of a case, from the organisation's schedule at the time (§3.6). */
@Entity({ name: 'portfolio_fee_line' })
export class PortfolioFeeLineRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'portfolio_case_id', type: 'uuid' })
  portfolioCaseId: string;

  @Column({ type: 'text' })
  kind: PortfolioFeeKind;

  @Column({ type: 'integer' })
  quantity: number;

  @Column({ name: 'unit_cents', type: 'integer' })
  unitCents: number;

  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents: number;

  @Column({ name: 'charged_on', type: 'date' })
  chargedOn: CalendarDate;

  /** When the organisation marked the payment received (bank transfer); null while outstanding. */
  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn: CalendarDate | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const portfolioCaseEntities = [PortfolioCase, PortfolioCaseTheme, PortfolioAssessmentRow, PortfolioOutcomeProposalRow, PortfolioFeeLineRow];
