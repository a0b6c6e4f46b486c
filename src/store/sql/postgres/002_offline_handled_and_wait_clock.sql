-- Schema version 2: who handled a left message and when; the waiting clock of a conversation.
ALTER TABLE offline_messages ADD COLUMN handled_by TEXT NOT NULL DEFAULT '';
ALTER TABLE offline_messages ADD COLUMN handled_at TIMESTAMPTZ;
CREATE INDEX offline_messages_open ON offline_messages(handled, at);

-- queue_entered_at: when the conversation entered its current queue (the overflow timer counts from
-- here, also across restarts). form_offered_at: when the visitor was offered the message form after
-- waiting too long (once per conversation).
ALTER TABLE conversations ADD COLUMN queue_entered_at TIMESTAMPTZ;
ALTER TABLE conversations ADD COLUMN form_offered_at TIMESTAMPTZ;
