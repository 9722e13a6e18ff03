import { GraphQLJSON } from 'graphql-scalars';
import { ArgsType, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type { CalendarDate } from '@srpo/domain';
import { DateScalar } from '../../schema/date.scalar';
import { PageArgs } from '../../shared/paging';
import type { JsonDocument } from './audit-log.entity';
import { ConnectionType } from '../../schema/connection';

@ObjectType('AuditEntry', {
  description: 'One entry of the append-only audit log: who changed which record when, the names of the fields that changed and their non-personal values (personal values are never kept).',
})
export class AuditEntryType {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: 'Account that made the change; null for the system (e.g. the daily job).' })
  actorAccountId: string | null;

  @Field(() => String, { nullable: true, description: "The actor's display name; null for the system." })
  actorName: string | null;

  @Field(() => String, { description: 'Kind of record, e.g. "registration" or "letter".' })
  entity: string;

  @Field(() => String)
  entityId: string;

  @Field(() => String, { description: 'What happened, e.g. "STATUS_CHANGED".' })
  action: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Before the change: references and non-personal values only (statuses, codes, dates of decisions).' })
  before: JsonDocument | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'After the change: references and non-personal values only.' })
  after: JsonDocument | null;

  @Field(() => [String], { description: 'Names of the fields the change set, altered or cleared (also those whose values are not kept), e.g. "lastName".' })
  changedFields: string[];

  @Field(() => ID, { nullable: true, description: 'The school leader the entry concerns, if any (also for records removed since).' })
  leaderId: string | null;

  @Field(() => String, { nullable: true, description: "That leader's current display name, read now (never stored in the log); null when the leader is gone." })
  leaderName: string | null;
}


export const AuditEntryConnectionType = ConnectionType('AuditEntry', AuditEntryType);
export type AuditEntryConnectionType = InstanceType<typeof AuditEntryConnectionType>;

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Kind of record, e.g. "registration".' })
  entity?: string | null;

  @Field(() => String, { nullable: true, description: 'One record (with or without `entity`).' })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: "A school leader's whole case: entries about the leader and every record of the leader's (employments, registrations and re-registrations, applications, decisions, documents, deferrals, completions, validations, portfolio cases, peer validation, objections, letters, account)." })
  leaderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Entries by this account.' })
  actorAccountId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Entries on or after this day (Amsterdam time).' })
  from?: CalendarDate | null;

  @Field(() => DateScalar, { nullable: true, description: 'Entries on or before this day (Amsterdam time).' })
  to?: CalendarDate | null;
}
