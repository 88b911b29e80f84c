-- Sessions of the JSON-RPC admin API (Kerio's Session.login). The token the client sends as
-- X-Token and the separate secret in its session cookie are stored only as SHA-256 digests. A
-- session ends after `sessionIdleSeconds` without use (measured from `last_seen_at`, so a
-- shorter setting applies at once), after `refreshTokenSeconds` in all, at Session.logout, and
-- when its account's password changes or the account stops being active.
CREATE TABLE admin_sessions (
    id              uuid PRIMARY KEY,
    account_id      uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    token_hash      bytea NOT NULL UNIQUE,
    cookie_hash     bytea NOT NULL UNIQUE,
    application     jsonb NOT NULL,
    address         text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_seen_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX admin_sessions_account ON admin_sessions (account_id);
CREATE INDEX admin_sessions_last_seen ON admin_sessions (last_seen_at);
