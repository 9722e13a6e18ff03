import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';
import { Board } from './board.entity';

/** A primary school, identified by its BRIN code, run by one board. */
@Entity({ name: 'school' })
export class School extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** BRIN code: two digits and two letters, e.g. "12AB". */
  @Column({ type: 'text', unique: true })
  brin: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  city: string;

  @Index()
  @Column({ name: 'board_id', type: 'uuid' })
  boardId: string;

  @ManyToOne(() => Board, (board) => board.schools, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'board_id' })
  board?: Board;
}
