-- Issue 18: messages the filter holds instead of refusing or dropping them (spam at the block
-- score, viruses, users' spam sent out), one row per recipient domain, so a domain's admins
-- see and release only their own domain's copy. Kept until released, deleted or expired.
CREATE TABLE quarantine (
    id uuid PRIMARY KEY,
    domain_id uuid NOT NULL REFERENCES domains (id) ON DELETE CASCADE,
    held_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    reason text NOT NULL CHECK (reason IN ('spam', 'virus', 'outbound')),
    -- NULL for the null sender.
    sender text,
    recipients text[] NOT NULL CHECK (cardinality(recipients) > 0),
    client_ip inet,
    subject text NOT NULL DEFAULT '',
    score double precision NOT NULL,
    -- The rules that hit, and the virus found.
    tests text[] NOT NULL DEFAULT '{}',
    virus text,
    size bigint NOT NULL,
    content bytea NOT NULL
);
CREATE INDEX quarantine_domain ON quarantine (domain_id, id);
CREATE INDEX quarantine_expiry ON quarantine (expires_at);
