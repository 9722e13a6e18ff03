import { GraphQLJSON } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type { JsonDocument } from './audit-log.entity';
import { ConnectionType } from '../../schema/connection';

@ObjectType('AuditEntry', { description: 'One entry of the append-only audit log: who changed what, when, from what to what.' })
export class AuditEntryType {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: 'Account that made the change; null for the system (e.g. the daily job).' })
  actorAccountId: string | null;

  @Field(() => String, { description: 'Kind of record, e.g. "registration" or "letter".' })
  entity: string;

  @Field(() => String)
  entityId: string;

  @Field(() => String, { description: 'What happened, e.g. "STATUS_CHANGED".' })
  action: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before: JsonDocument | null;

  @Field(() => GraphQLJSON, { nullable: true })
  after: JsonDocument | null;
}


export const AuditEntryConnectionType = ConnectionType('AuditEntry', AuditEntryType);
export type AuditEntryConnectionType = InstanceType<typeof AuditEntryConnectionType>;
