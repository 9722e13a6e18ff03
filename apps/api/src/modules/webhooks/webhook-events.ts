import { randomUUID } from 'node:crypto';
import type { CalendarDate, RegisterEvent } from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { deliveryBody, type WebhookEntryFacts } from './webhook-payload';

export interface LeaderStatusEventInput {
  leaderId: string;
  event: RegisterEvent;
  entry: WebhookEntryFacts;
}

/**
 * The webhooks' outbox, written by the register read model's refresh in its own transaction: one
 * `leader_status_event` per leader, event and day (a second refresh racing the first writes nothing),
 * and for each new event a PENDING `webhook_delivery` per matching active subscription: a board's,
 * when the leader works at the board that day; an API key's (not revoked), when it lists the leader's
 * register number. One statement for any number of events; the delivery job picks the rows up.
 */
export async function recordLeaderStatusEvents(db: DataSource | EntityManager, events: readonly LeaderStatusEventInput[], today: CalendarDate): Promise<void> {
  if (events.length === 0) return;
  const ids = events.map(() => randomUUID());
  await db.query(
    `WITH inserted AS (
       INSERT INTO leader_status_event (id, leader_id, register_number, event, occurred_on, body)
       SELECT e.id, e.leader_id, e.register_number, e.event, $5::date, e.body
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $6::text[]) AS e(id, leader_id, register_number, event, body)
       ON CONFLICT ON CONSTRAINT leader_status_event_once DO NOTHING
       RETURNING id, leader_id, register_number, event, occurred_on, body
     ), matches AS (
       SELECT s.id AS subscription_id, e.id AS event_id FROM inserted e
         JOIN employment m ON m.leader_id = e.leader_id AND m.starts_on <= e.occurred_on AND (m.ends_on IS NULL OR m.ends_on >= e.occurred_on)
         JOIN webhook_subscription s ON s.board_id = m.board_id AND s.active AND e.event = ANY (s.events)
       UNION
       SELECT s.id, e.id FROM inserted e
         JOIN webhook_subscription_leader w ON w.register_number = e.register_number
         JOIN webhook_subscription s ON s.id = w.subscription_id AND s.active AND e.event = ANY (s.events)
         JOIN api_key k ON k.id = s.api_key_id AND k.revoked_at IS NULL
     )
     INSERT INTO webhook_delivery (subscription_id, event_id, status_event_id, event, register_number, occurred_on, body)
     SELECT x.subscription_id, e.id, e.id, e.event, e.register_number, e.occurred_on, e.body FROM matches x JOIN inserted e ON e.id = x.event_id`,
    [
      ids,
      events.map((event) => event.leaderId),
      events.map((event) => event.entry.registerNumber),
      events.map((event) => event.event),
      today,
      events.map((event, index) => deliveryBody({ id: ids[index]!, event: event.event, occurredOn: today, test: false, entry: event.entry })),
    ],
  );
}
