import type { CalendarDate, InformalValidationMethod } from '@srpo/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One theme validated through informal learning (DESIGN §3.4, §3.6): by a portfolio assessed by an
 * assessor organisation, or by peer validation. Counts like a formal completion of the whole theme.
 * Written only by {@link recordInformalValidations}; removed (audited) only when an upheld objection
 * reopens the peer-validation outcome that credited it.
 */
@Entity({ name: 'informal_validation' })
export class InformalValidation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'leader_id', type: 'uuid' })
  leaderId: string;

  @Column({ name: 'theme_id', type: 'uuid' })
  themeId: string;

  @Column({ name: 'validated_on', type: 'date' })
  validatedOn: CalendarDate;

  @Column({ type: 'text' })
  method: InformalValidationMethod;

  /** The assessor organisation that validated a portfolio (the source shown to the leader). */
  @Column({ name: 'assessor_organisation_id', type: 'uuid', nullable: true })
  assessorOrganisationId: string | null;

  @Column({ name: 'portfolio_case_id', type: 'uuid', nullable: true })
  portfolioCaseId: string | null;

  @Column({ name: 'peer_group_id', type: 'uuid', nullable: true })
  peerGroupId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
