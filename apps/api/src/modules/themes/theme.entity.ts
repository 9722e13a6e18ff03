import type { CalendarDate } from '@srpo/domain';
import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';
import { Subtheme } from './subtheme.entity';

/** A professional-development theme (professionaliseringsthema). The catalogue is data, edited by staff. */
@Entity({ name: 'theme' })
export class Theme extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'is_wildcard', type: 'boolean', default: false })
  isWildcard: boolean;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: CalendarDate;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: CalendarDate | null;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder: number;

  @OneToMany(() => Subtheme, (subtheme) => subtheme.theme)
  subthemes?: Subtheme[];
}
