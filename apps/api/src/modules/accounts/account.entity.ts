import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';
import type { Role } from './role';

/** A person's login to the portal. Never exposed anonymously. */
@Entity({ name: 'account' })
export class Account extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-case; unique. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** argon2id hash (PHC string). */
  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'text', array: true })
  roles: Role[];

  /** The board a BOARD account acts for. */
  @Column({ name: 'board_id', type: 'uuid', nullable: true })
  boardId: string | null;

  /** The provider a PROVIDER account acts for. */
  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId: string | null;

  /** The assessor organisation an ASSESSOR account acts for. */
  @Column({ name: 'assessor_organisation_id', type: 'uuid', nullable: true })
  assessorOrganisationId: string | null;

  /** Set while staff have deactivated the account: it cannot sign in and has no sessions. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  /**
   * When the holder confirmed the e-mail address; null while a self-enrolled account awaits
   * confirmation (it cannot sign in). Accounts made by staff or the seed get the moment they were made.
   */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;
}
