-- Schema version 4: several routers serving one database at the same time.
--
-- routers: one row per running router (`serve`), renewed every second (heartbeat_at). A router whose row
-- has not been renewed for the lease time (5 s by default) counts as gone.
--
-- conversations.owner_router: the router that serves the conversation now: it runs its bot, routes it,
-- keeps its live state and writes its row. A new conversation belongs to the router that made it (the
-- default reads the router's id from its connection's setting handoff.router_id). A router that stops
-- cleanly sets it back to NULL for its open conversations; the others take over conversations whose owner
-- is NULL or gone, each claim one UPDATE, so one conversation is never served by two routers.
CREATE TABLE routers (
    id TEXT PRIMARY KEY,
    address TEXT NOT NULL DEFAULT '',
    started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    heartbeat_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

ALTER TABLE conversations ADD COLUMN owner_router TEXT DEFAULT NULLIF(current_setting('handoff.router_id', true), '');

-- agent_presence: each router's view of the agents signed in through it (presence, load, capacity),
-- rewritten every 2 s, so colleague lists, transfers and queue figures see agents on every router.
CREATE TABLE agent_presence (
    agent_id TEXT NOT NULL,
    router_id TEXT NOT NULL,
    presence TEXT NOT NULL,
    load INTEGER NOT NULL DEFAULT 0,
    capacity INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (agent_id, router_id)
);

CREATE INDEX conversations_open_owner ON conversations(owner_router) WHERE state <> 'closed';

-- The fence: a router (a connection with handoff.router_id set) cannot rewrite a conversation another
-- router owns. A router that was taken for gone (a long pause, a lost database connection) and comes back
-- finds its writes to conversations it no longer owns refused instead of overwriting the new owner's.
-- Claims change owner_router and pass; admin commands (no router id) pass.
CREATE FUNCTION handoff_conversation_fence() RETURNS trigger LANGUAGE plpgsql AS $fence$
DECLARE
    me TEXT := NULLIF(current_setting('handoff.router_id', true), '');
BEGIN
    IF me IS NOT NULL AND OLD.owner_router IS NOT NULL AND OLD.owner_router <> me
            AND NEW.owner_router IS NOT DISTINCT FROM OLD.owner_router THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END
$fence$;

CREATE TRIGGER conversations_fence BEFORE UPDATE ON conversations
    FOR EACH ROW EXECUTE FUNCTION handoff_conversation_fence();
