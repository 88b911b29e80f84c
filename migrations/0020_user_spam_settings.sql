-- Issue 18: each user's own spam controls (Kerio's "Move spam to the Junk E-mail folder" and
-- "Also trust senders from ..."), applied after the server's rules.
CREATE TABLE account_spam_settings (
    account_id uuid PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    trusted_senders text[] NOT NULL DEFAULT '{}',
    blocked_senders text[] NOT NULL DEFAULT '{}',
    spam_action text NOT NULL DEFAULT 'junk' CHECK (spam_action IN ('junk', 'reject')),
    updated_at timestamptz NOT NULL DEFAULT now()
);
