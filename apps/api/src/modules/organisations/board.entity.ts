import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';
import { School } from './school.entity';

/** A school board (bestuur, bevoegd gezag), identified by its DUO board number. */
@Entity({ name: 'board' })
export class Board extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** DUO "bevoegd gezag" number: five digits. */
  @Column({ name: 'board_number', type: 'text', unique: true })
  boardNumber: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  city: string;

  @OneToMany(() => School, (school) => school.board)
  schools?: School[];
}
