import type { CalendarDate } from '@srpo/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../schema/date.scalar';
import { EmailStatus, OutboxWaitReason } from './email-outbox.entity';
import { ConnectionType, type Connection } from '../../schema/connection';
import { letterParagraphs, type Letter } from './letter.entity';

@ObjectType('Letter', { description: 'A letter to a school leader (brief); the PDF is at `pdfUrl` for the leader and staff.' })
export class LetterType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  leaderId: string;

  @Field(() => String, { description: 'What the letter is about, e.g. STATUS_CONDITIONAL or REMINDER_SIX_WEEKS_BEFORE.' })
  kind: string;

  @Field(() => String)
  subject: string;

  @Field(() => [String], { description: 'The letter text in Dutch, one entry per paragraph (without salutation and closing).' })
  paragraphs: string[];

  @Field(() => DateScalar, { description: 'Date printed on the letter.' })
  datedOn: CalendarDate;

  @Field(() => String, { nullable: true })
  relatedEntity: string | null;

  @Field(() => String, { nullable: true })
  relatedId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => String, { description: 'Path of the PDF on the API server, e.g. /letters/<id>.pdf (needs the session cookie).' })
  pdfUrl: string;
}

@ObjectType('OutboxEmail', { description: 'An e-mail in the outbox: waiting, sent or failed.' })
export class OutboxEmailType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  toAddress: string;

  @Field(() => String)
  subject: string;

  @Field(() => String, { description: 'The text; for an e-mail with a personal link (account confirmation, new password) a note instead.' })
  textBody: string;

  @Field(() => ID, { nullable: true, description: 'The letter this e-mail carries as PDF attachment.' })
  letterId: string | null;

  @Field(() => EmailStatus)
  status: EmailStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  sentAt: Date | null;

  @Field(() => OutboxWaitReason, { nullable: true, description: 'Why the e-mail is not sent (yet); null once sent.' })
  waitReason: OutboxWaitReason | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'After a failed attempt: when the next one is due.' })
  nextAttemptAt: Date | null;
}


export const LetterConnectionType = ConnectionType('Letter', LetterType, 'Letters, newest first.');
export type LetterConnectionType = InstanceType<typeof LetterConnectionType>;

export const OutboxEmailConnectionType = ConnectionType('OutboxEmail', OutboxEmailType);
export type OutboxEmailConnectionType = InstanceType<typeof OutboxEmailConnectionType>;

function toLetterType(letter: Letter): LetterType {
  return {
    id: letter.id,
    // Only leaders' letters are listed here (by leader or the leader's account).
    leaderId: letter.leaderId!,
    kind: letter.kind,
    subject: letter.subject,
    paragraphs: letterParagraphs(letter),
    datedOn: letter.datedOn,
    relatedEntity: letter.relatedEntity,
    relatedId: letter.relatedId,
    createdAt: letter.createdAt,
    pdfUrl: `/letters/${letter.id}.pdf`,
  };
}

/** A page of letter rows as the API shows it (paragraphs, PDF path). */
export function toLetterPage(page: Connection<Letter>): LetterConnectionType {
  return { ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: toLetterType(node) })) };
}
