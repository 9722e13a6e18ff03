import type { CalendarDate } from '@srpo/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';
import { Theme } from './theme.entity';

/** A subtheme (deelthema). Formal completions covering all subthemes of a theme complete the theme. */
@Entity({ name: 'subtheme' })
export class Subtheme extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'theme_id', type: 'uuid' })
  themeId: string;

  @ManyToOne(() => Theme, (theme) => theme.subthemes, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'theme_id' })
  theme?: Theme;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: CalendarDate;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: CalendarDate | null;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder: number;
}
