-- Schema version 10: events out. Webhook endpoints (shared by every router of the database), the
-- callback a bot named when it handed a conversation over, and the outbox every delivery is sent from
-- (at least once: a row stays until the receiver answered 2xx or the attempts ran out).
CREATE TABLE webhooks (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    secret TEXT NOT NULL,
    events TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE handoff_callbacks (
    conversation_id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    api_token_name TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    external_id TEXT NOT NULL DEFAULT '',
    relates_to_json TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE webhook_outbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    webhook_id TEXT NOT NULL,
    url TEXT NOT NULL,
    secret TEXT NOT NULL,
    event TEXT NOT NULL,
    conversation_id TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    delivered_at TIMESTAMPTZ,
    given_up BOOLEAN NOT NULL DEFAULT FALSE,
    last_status INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX webhook_outbox_due ON webhook_outbox (next_attempt_at) WHERE delivered_at IS NULL AND NOT given_up;
