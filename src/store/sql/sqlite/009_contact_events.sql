-- Schema version 9: what happened to each conversation in its queues, one row per event, for the
-- contact-centre KPI report (docs/supervisor.md, "KPI report"). kind is one of:
--   entered     the conversation entered queue_id (escalation, transfer or reassignment to a queue, overflow)
--   answered    agent_id accepted it from queue_id; wait_ms: from entering the queue to the accept
--   abandoned   the visitor left while it waited in queue_id; wait_ms: from entering the queue to leaving
--   missed      an offer to agent_id timed out (detail "expired") or was declined (detail "declined")
--   transferred agent_id (or a supervisor's reassignment, detail "reassigned") sent it on; handle_ms: the
--               agent's part from accept to the transfer
--   closed      the conversation ended while agent_id had it; handle_ms: from accept to close
-- Times are milliseconds since the epoch (UTC), like every time of this schema.
CREATE TABLE contact_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    queue_id TEXT NOT NULL DEFAULT '',
    agent_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    at INTEGER NOT NULL,
    wait_ms INTEGER NOT NULL DEFAULT 0,
    handle_ms INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX contact_events_at ON contact_events(at);
