-- Schema version 13: the visitor's transcript by e-mail. A request is a row here before the visitor hears
-- "we'll send it"; the router sends it over SMTP, retries with back-off (across restarts) and gives up after
-- the configured attempts. The rows also count the mails of a conversation (at most a few each).
CREATE TABLE transcript_mail_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT NOT NULL,
    address TEXT NOT NULL,
    requested_from TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    sent_at INTEGER,
    given_up INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX transcript_mail_outbox_conversation ON transcript_mail_outbox (conversation_id);
CREATE INDEX transcript_mail_outbox_due ON transcript_mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND given_up = 0;
