import type { CalendarDate } from '@srpo/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A theme the leader is working on (plan voor ontwikkeling). */
@Entity({ name: 'development_plan_theme' })
export class DevelopmentPlanTheme {
  @PrimaryColumn({ name: 'leader_id', type: 'uuid' })
  leaderId: string;

  @PrimaryColumn({ name: 'theme_id', type: 'uuid' })
  themeId: string;

  @Column({ name: 'added_on', type: 'date' })
  addedOn: CalendarDate;
}
