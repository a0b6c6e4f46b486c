-- Schema version 6: the visitor's rating of a closed chat (the post-chat survey), at most one per
-- conversation: the first answer stays, later ones are refused. queue_id and agent_id are the
-- conversation's when it was rated, so reports group by them without reading the conversation.
CREATE TABLE conversation_ratings (
    conversation_id TEXT PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment TEXT NOT NULL DEFAULT '',
    queue_id TEXT NOT NULL DEFAULT '',
    agent_id TEXT NOT NULL DEFAULT '',
    at TIMESTAMPTZ NOT NULL
);

CREATE INDEX conversation_ratings_at ON conversation_ratings(at);
