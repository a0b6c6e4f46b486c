-- Schema version 8: the thread a line belongs to. '' is the conversation's transcript; 'consult' is the
-- private thread of an agent and the colleague they consult (internal, never sent to the visitor).
ALTER TABLE messages ADD COLUMN thread TEXT NOT NULL DEFAULT '';
