import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';

/** A training provider (aanbieder/opleider): owns offerings, publishes executions, records completions. */
@Entity({ name: 'provider' })
export class Provider extends TrackedEntity {
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

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
