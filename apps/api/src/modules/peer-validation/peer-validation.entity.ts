import type { CalendarDate, PeerSessionState } from '@srpo/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';

/** A published peer-validation session (§3.6): date and place, its facilitator, places for whole trios. */
@Entity({ name: 'peer_session' })
export class PeerSession extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'text' })
  location: string;

  /** A STAFF or ASSESSOR account; facilitates every group of the session. */
  @Column({ name: 'facilitator_account_id', type: 'uuid' })
  facilitatorAccountId: string;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ type: 'text' })
  state: PeerSessionState;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}

/** A leader's sign-up for a session with the one theme they want validated. */
@Entity({ name: 'peer_sign_up' })
export class PeerSignUp {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ name: 'leader_id', type: 'uuid' })
  leaderId: string;

  @Column({ name: 'theme_id', type: 'uuid' })
  themeId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A trio formed for a session; confirmed by its facilitator after the session. */
@Entity({ name: 'peer_group' })
export class PeerGroupRow extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ name: 'facilitator_account_id', type: 'uuid' })
  facilitatorAccountId: string;

  @Column({ name: 'confirmed_on', type: 'date', nullable: true })
  confirmedOn: CalendarDate | null;

  @Column({ name: 'confirmed_by', type: 'uuid', nullable: true })
  confirmedBy: string | null;
}

/** Whether a member's theme was credited when the facilitator confirmed. */
export type PeerOutcome = 'CREDITED' | 'NOT_CREDITED';

/** A reason stored with a "not credited" outcome: the rule's code and its Dutch message as decided. */
export interface StoredReason {
  code: string;
  message: string;
}

/** A member of a trio (through their sign-up), with the outcome once confirmed: the decision open to objection. */
@Entity({ name: 'peer_group_member' })
export class PeerGroupMember extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Column({ name: 'sign_up_id', type: 'uuid' })
  signUpId: string;

  @Column({ name: 'leader_id', type: 'uuid' })
  leaderId: string;

  /** Order within the trio, as formed. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text', nullable: true })
  outcome: PeerOutcome | null;

  @Column({ name: 'outcome_reasons', type: 'jsonb', nullable: true })
  outcomeReasons: StoredReason[] | null;
}

/** A closing reflection by one member on another, handed in after the session. */
@Entity({ name: 'peer_reflection' })
export class PeerReflectionRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Column({ name: 'author_leader_id', type: 'uuid' })
  authorLeaderId: string;

  @Column({ name: 'subject_leader_id', type: 'uuid' })
  subjectLeaderId: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;
}
