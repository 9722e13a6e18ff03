import type { CalendarDate } from '@srpo/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A letter to a school leader, or to a provider or board (DESIGN §2 "brief"). The text is stored; the PDF is rendered from it on
 * demand, so a letter always reads the same however often it is downloaded.
 */
@Entity({ name: 'letter' })
export class Letter {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The addressee: exactly one of a school leader, a provider and a board (certification decisions). */
  @Column({ name: 'leader_id', type: 'uuid', nullable: true })
  leaderId: string | null;

  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId: string | null;

  @Column({ name: 'board_id', type: 'uuid', nullable: true })
  boardId: string | null;

  /** What the letter is about, e.g. `STATUS_CONDITIONAL` or `REMINDER_SIX_WEEKS_BEFORE`. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  subject: string;

  /** Dutch paragraphs separated by a blank line. */
  @Column({ type: 'text' })
  body: string;

  /** The date printed on the letter (the register's day it was written for). */
  @Column({ name: 'dated_on', type: 'date' })
  datedOn: CalendarDate;

  @Column({ name: 'related_entity', type: 'text', nullable: true })
  relatedEntity: string | null;

  @Column({ name: 'related_id', type: 'text', nullable: true })
  relatedId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Paragraphs are stored separated by one blank line. */
export const PARAGRAPH_SEPARATOR = '\n\n';

export function letterParagraphs(letter: Pick<Letter, 'body'>): string[] {
  return letter.body.split(PARAGRAPH_SEPARATOR).filter((paragraph) => paragraph.trim() !== '');
}
