-- Schema version 7: who a conversation was with. A signed-in customer as the website's ID token proved them
-- (issuer and subject, the name, e-mail address and kept claims as JSON), and the stable random id the web
-- chat page keeps in the visitor's browser. The desk's history lists a customer's earlier conversations by
-- (issuer, subject), an anonymous visitor's by the browser's id; supervisors search by subject, e-mail or name.
ALTER TABLE conversations ADD COLUMN customer_issuer TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN customer_subject TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN customer_name TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN customer_email TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN customer_claims_json TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN visitor_id TEXT NOT NULL DEFAULT '';
CREATE INDEX conversations_customer ON conversations(customer_issuer, customer_subject, created_at);
CREATE INDEX conversations_visitor_id ON conversations(visitor_id, created_at);
