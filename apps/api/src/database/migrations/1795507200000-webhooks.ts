import type { MigrationInterface, QueryRunner } from 'typeorm';

const EVENTS = `ARRAY['REGISTERED', 'CONDITIONAL', 'EXPIRED', 'RE_REGISTERED', 'DEREGISTERED']`;

/**
 * Webhooks (issue 12): subscriptions of a board (its own leaders) or an API key (the register numbers
 * it lists) to changes of leaders' public entries; `leader_status_event` is the outbox the read-model
 * refresh writes in its own transaction (one row per leader, event and day, so two refreshes racing
 * write one); `webhook_delivery` is one row per event and subscription (a replay or test adds a row),
 * claimed by the delivery job with a lease so no delivery runs twice at once.
 */
export class Webhooks1795507200000 implements MigrationInterface {
  name = 'Webhooks1795507200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE api_key DROP CONSTRAINT api_key_scopes_check,
      ADD CONSTRAINT api_key_scopes_check CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['PUBLIC_READ', 'BULK_LOOKUP', 'WEBHOOKS']::text[])`);
    await queryRunner.query(`
      CREATE TABLE webhook_subscription (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        board_id uuid REFERENCES board(id) ON DELETE CASCADE,
        api_key_id uuid REFERENCES api_key(id) ON DELETE CASCADE,
        url text NOT NULL CHECK (length(url) <= 1000),
        events text[] NOT NULL CHECK (cardinality(events) > 0 AND events <@ ${EVENTS}),
        description text CHECK (length(description) <= 500),
        secret_ciphertext text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        disabled_at timestamptz,
        disabled_reason text,
        consecutive_failures integer NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
        created_by uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT webhook_subscription_one_owner CHECK ((board_id IS NULL) <> (api_key_id IS NULL)),
        CONSTRAINT webhook_subscription_disabled CHECK (active = (disabled_at IS NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX webhook_subscription_board_url ON webhook_subscription (board_id, url) WHERE board_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX webhook_subscription_key_url ON webhook_subscription (api_key_id, url) WHERE api_key_id IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE webhook_subscription_leader (
        subscription_id uuid NOT NULL REFERENCES webhook_subscription(id) ON DELETE CASCADE,
        register_number text NOT NULL,
        PRIMARY KEY (subscription_id, register_number)
      )`);
    await queryRunner.query(`CREATE INDEX webhook_subscription_leader_number_idx ON webhook_subscription_leader (register_number)`);

    await queryRunner.query(`
      CREATE TABLE leader_status_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        leader_id uuid NOT NULL REFERENCES school_leader(id) ON DELETE CASCADE,
        register_number text NOT NULL,
        event text NOT NULL CHECK (event = ANY (${EVENTS})),
        occurred_on date NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT leader_status_event_once UNIQUE (leader_id, event, occurred_on)
      )`);

    await queryRunner.query(`
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subscription_id uuid NOT NULL REFERENCES webhook_subscription(id) ON DELETE CASCADE,
        event_id uuid NOT NULL,
        status_event_id uuid REFERENCES leader_status_event(id) ON DELETE CASCADE,
        event text NOT NULL CHECK (event = ANY (${EVENTS})),
        register_number text NOT NULL,
        occurred_on date NOT NULL,
        test boolean NOT NULL DEFAULT false,
        replay_of uuid REFERENCES webhook_delivery(id) ON DELETE SET NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'GAVE_UP')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at timestamptz DEFAULT now(),
        lease_until timestamptz,
        last_attempt_at timestamptz,
        response_status integer,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT webhook_delivery_waiting CHECK ((status IN ('PENDING', 'FAILED')) = (next_attempt_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX webhook_delivery_once ON webhook_delivery (subscription_id, status_event_id) WHERE replay_of IS NULL AND status_event_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE next_attempt_at IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (subscription_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX webhook_delivery_event_idx ON webhook_delivery (status_event_id)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE webhook_delivery`);
    await queryRunner.query(`DROP TABLE leader_status_event`);
    await queryRunner.query(`DROP TABLE webhook_subscription_leader`);
    await queryRunner.query(`DROP TABLE webhook_subscription`);
    await queryRunner.query(`UPDATE api_key SET scopes = array_remove(scopes, 'WEBHOOKS') WHERE 'WEBHOOKS' = ANY (scopes) AND cardinality(scopes) > 1`);
    await queryRunner.query(`UPDATE api_key SET scopes = ARRAY['PUBLIC_READ'], revoked_at = coalesce(revoked_at, now()) WHERE scopes = ARRAY['WEBHOOKS']`);
    await queryRunner.query(`ALTER TABLE api_key DROP CONSTRAINT api_key_scopes_check,
      ADD CONSTRAINT api_key_scopes_check CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['PUBLIC_READ', 'BULK_LOOKUP']::text[])`);
  }
}
