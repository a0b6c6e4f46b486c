-- Schema version 3: the name of the API token that created a conversation through the handoff API
-- (empty for the web chat), so GET /api/v1/conversations/ID answers only the bot that handed it over.
ALTER TABLE conversations ADD COLUMN api_token_name TEXT NOT NULL DEFAULT '';
