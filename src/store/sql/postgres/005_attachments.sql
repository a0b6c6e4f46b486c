-- Schema version 5: files sent in a chat.
--
-- attachments: one row per upload. The bytes live in the data directory under attachments/, named by
-- their SHA-256 (sha256), so the same file sent twice is stored once; the file is removed when the last
-- row naming its hash is gone. content_type is what the router found in the bytes. The row goes with its
-- conversation (ON DELETE CASCADE, and deleteConversation removes it explicitly).
-- messages.attachment: the chat line's reference, as JSON ({"id", "name", "size", "contentType"} for an
-- upload, {"name", "url", "contentType"} for a link handed over by a bot); empty for a line without one.
CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    name TEXT NOT NULL,
    size BIGINT NOT NULL,
    content_type TEXT NOT NULL,
    uploader_kind TEXT NOT NULL,
    uploader_id TEXT NOT NULL DEFAULT '',
    at TIMESTAMPTZ NOT NULL
);

CREATE INDEX attachments_conversation ON attachments(conversation_id);
CREATE INDEX attachments_sha256 ON attachments(sha256);

ALTER TABLE messages ADD COLUMN attachment TEXT NOT NULL DEFAULT '';
