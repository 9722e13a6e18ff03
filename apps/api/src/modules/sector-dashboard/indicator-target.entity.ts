import type { CalendarDate, SectorIndicator } from '@srpo/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';

/** The value a sector indicator should reach in the months of a period (seed 002, indicator 20); kept by staff. */
@Entity({ name: 'indicator_target' })
export class IndicatorTarget extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  indicator: SectorIndicator;

  /** numeric(7,1): read as a number (the driver gives a string). */
  @Column({ type: 'numeric', precision: 7, scale: 1, transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  value: number;

  /** First day the target applies to (months whose first day lies in the period). */
  @Column({ name: 'valid_from', type: 'date' })
  validFrom: CalendarDate;

  /** Last day (inclusive); null = open-ended. */
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: CalendarDate | null;
}
