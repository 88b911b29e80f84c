-- Sessions of the JSON-RPC admin API (Kerio's Session.login): an opaque token, stored as its
-- SHA-256 digest, that expires after a period of inactivity and ends at Session.logout.
CREATE TABLE admin_sessions (
    id              uuid PRIMARY KEY,
    account_id      uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    token_hash      bytea NOT NULL UNIQUE,
    application     jsonb NOT NULL,
    address         text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL
);
CREATE INDEX admin_sessions_account ON admin_sessions (account_id);
CREATE INDEX admin_sessions_expires ON admin_sessions (expires_at);
