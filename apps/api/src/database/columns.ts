import { CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * Bookkeeping columns every mutable table has. `version` gives optimistic locking: an update that
 * names a stale version is refused instead of silently overwriting someone else's edit.
 */
export abstract class TrackedEntity {
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer' })
  version: number;
}
