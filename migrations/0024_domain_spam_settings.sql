-- Issue 18: a domain's own spam settings over the server's (thresholds, what blocking does,
-- the Junk folder, the subject prefix, exempt recipients); a missing field inherits.
CREATE TABLE domain_spam_settings (
    domain_id uuid PRIMARY KEY REFERENCES domains (id) ON DELETE CASCADE,
    settings jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
