import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ApiKeyScope } from './api-key-scope';

/**
 * A key issued by staff to a third party. Only a SHA-256 hash of the secret is kept: the secret has
 * 256 random bits, so a plain hash is as strong as a slow one and lets each request be checked cheaply.
 */
@Entity({ name: 'api_key' })
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  organisation: string;

  @Column({ name: 'contact_name', type: 'text' })
  contactName: string;

  @Column({ name: 'contact_email', type: 'text' })
  contactEmail: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'text', array: true })
  scopes: ApiKeyScope[];

  /** The first characters of the secret (`srpo_` + 8), shown to staff to recognise a key. */
  @Column({ type: 'text' })
  prefix: string;

  /** SHA-256 of the whole secret, hex; unique. */
  @Column({ name: 'secret_hash', type: 'text', select: false })
  secretHash: string;

  @Column({ name: 'issued_by', type: 'uuid', nullable: true })
  issuedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy: string | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  /** Requests made with the key, added in batches (see ApiKeyUsage). */
  @Column({ name: 'usage_count', type: 'bigint', default: 0, transformer: { to: (value: number) => value, from: (value: string | number) => Number(value) } })
  usageCount: number;
}
