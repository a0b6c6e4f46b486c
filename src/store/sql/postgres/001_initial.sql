-- Schema version 1 for PostgreSQL: the same tables as the SQLite schema, with timestamps as timestamptz,
-- booleans as boolean and serial numbers from identity columns.
CREATE TABLE users (
    name TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('agent', 'supervisor')),
    password_hash TEXT NOT NULL,
    skills TEXT NOT NULL DEFAULT '',
    capacity INTEGER NOT NULL DEFAULT 3,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY,
    user_name TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX tokens_user ON tokens(user_name);

CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    queue_id TEXT NOT NULL DEFAULT '',
    priority INTEGER NOT NULL DEFAULT 0,
    required_skills TEXT NOT NULL DEFAULT '',
    agent_id TEXT NOT NULL DEFAULT '',
    agent_name TEXT NOT NULL DEFAULT '',
    visitor_token_hash TEXT NOT NULL DEFAULT '',
    visitor_name TEXT NOT NULL DEFAULT '',
    page TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    topic TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'web',
    external_id TEXT NOT NULL DEFAULT '',
    handoff_json TEXT NOT NULL DEFAULT '',
    bot_state_json TEXT NOT NULL DEFAULT '',
    disposition TEXT NOT NULL DEFAULT '',
    close_note TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL,
    escalated_at TIMESTAMPTZ,
    enqueued_at TIMESTAMPTZ,
    enqueue_order BIGINT NOT NULL DEFAULT 0,
    assigned_at TIMESTAMPTZ,
    closed_at TIMESTAMPTZ,
    last_visitor_at TIMESTAMPTZ
);

CREATE INDEX conversations_state ON conversations(state);
CREATE INDEX conversations_visitor ON conversations(visitor_token_hash);

CREATE TABLE messages (
    serial BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    client_id TEXT,
    author_kind TEXT NOT NULL,
    author_id TEXT NOT NULL DEFAULT '',
    author_name TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    internal BOOLEAN NOT NULL DEFAULT FALSE,
    at TIMESTAMPTZ NOT NULL,
    UNIQUE (conversation_id, author_kind, author_id, client_id)
);

CREATE INDEX messages_conversation ON messages(conversation_id, serial);

CREATE TABLE escalations (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    at TIMESTAMPTZ NOT NULL,
    topic TEXT NOT NULL DEFAULT '',
    trigger_kind TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    queue_id TEXT NOT NULL DEFAULT ''
);

CREATE INDEX escalations_at ON escalations(at);

CREATE TABLE offline_messages (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    queue_id TEXT NOT NULL DEFAULT '',
    at TIMESTAMPTZ NOT NULL,
    handled BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE canned_responses (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shortcut TEXT NOT NULL,
    title TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT ''
);

CREATE TABLE audit_log (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    desk TEXT NOT NULL DEFAULT '',
    at TIMESTAMPTZ NOT NULL
);

CREATE TABLE demo_orders (
    number TEXT PRIMARY KEY,
    status TEXT NOT NULL
);
