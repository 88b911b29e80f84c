-- Client access (postbay-credentials): app passwords, bearer tokens for the mail protocols,
-- one-time login links, a second factor (TOTP) with recovery codes, and the login policies of
-- accounts and tenants. Every secret a client presents is stored as its SHA-256 (each is
-- 120 bits or more of randomness the server made, as API keys are); the TOTP seed, which the
-- server must replay, is sealed with the server's secret key.

CREATE TABLE app_passwords (
    id uuid PRIMARY KEY,
    account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name text NOT NULL,
    secret_hash bytea NOT NULL UNIQUE,
    protocols text[] NOT NULL CHECK (cardinality(protocols) BETWEEN 1 AND 5),
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL,
    last_used_at timestamptz,
    last_used_ip text,
    UNIQUE (account_id, name)
);

CREATE TABLE account_tokens (
    id uuid PRIMARY KEY,
    account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    token_hash bytea NOT NULL UNIQUE,
    protocols text[] NOT NULL CHECK (cardinality(protocols) BETWEEN 1 AND 5),
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL,
    last_used_at timestamptz
);
CREATE INDEX account_tokens_account ON account_tokens (account_id);
CREATE INDEX account_tokens_expiry ON account_tokens (expires_at);

CREATE TABLE login_links (
    id uuid PRIMARY KEY,
    account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    token_hash bytea NOT NULL UNIQUE,
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL
);
CREATE INDEX login_links_account ON login_links (account_id);
CREATE INDEX login_links_expiry ON login_links (expires_at);

-- One TOTP seed per account: pending until a first code confirms it. `last_step` is the
-- 30-second step of the last code accepted, so a code is taken once. Wrong codes are counted
-- here (`failed_codes` since `failed_since`), apart from the password's failures, which a right
-- password clears: six digits must not be guessable by alternating.
CREATE TABLE totp_secrets (
    account_id uuid PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    sealed_seed text NOT NULL,
    confirmed_at timestamptz,
    last_step bigint NOT NULL DEFAULT 0,
    failed_codes integer NOT NULL DEFAULT 0,
    failed_since timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE totp_recovery_codes (
    account_id uuid NOT NULL REFERENCES totp_secrets (account_id) ON DELETE CASCADE,
    code_hash bytea NOT NULL,
    used_at timestamptz,
    PRIMARY KEY (account_id, code_hash)
);

CREATE TABLE account_login_policies (
    account_id uuid PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    app_passwords_only boolean NOT NULL DEFAULT false
);

CREATE TABLE tenant_login_policies (
    tenant_id uuid PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    admins_require_totp boolean NOT NULL DEFAULT false
);

-- A session opened without a second factor its account must have reaches only the account.
ALTER TABLE refresh_tokens ADD COLUMN self_service_only boolean NOT NULL DEFAULT false;
ALTER TABLE admin_sessions ADD COLUMN self_service_only boolean NOT NULL DEFAULT false;
