import type { CalendarDate, LeaderFunction } from '@srpo/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';
import { Board } from '../organisations/board.entity';
import { SchoolLeader } from './school-leader.entity';

/** A leader's function at a board (and school) for a period. */
@Entity({ name: 'employment' })
export class Employment extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'leader_id', type: 'uuid' })
  leaderId: string;

  @ManyToOne(() => SchoolLeader, (leader) => leader.employments, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'leader_id' })
  leader?: SchoolLeader;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId: string;

  @ManyToOne(() => Board)
  @JoinColumn({ name: 'board_id' })
  board?: Board;

  @Column({ name: 'school_id', type: 'uuid', nullable: true })
  schoolId: string | null;

  @Column({ type: 'text' })
  function: LeaderFunction;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: CalendarDate;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: CalendarDate | null;
}
