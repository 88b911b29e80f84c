-- Collecting mail from remote POP3 mailboxes (Kerio's "POP3 Download"): the accounts, their
-- sorting rules, what was downloaded from each, and the runs asked for.

CREATE TABLE pop3_accounts (
    id                    uuid PRIMARY KEY,
    -- The owner: a tenant (the server tenant for a server-wide account), or one of its
    -- domains. Its administrators manage it.
    tenant_id             uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    domain_id             uuid REFERENCES domains(id) ON DELETE CASCADE,
    host                  text NOT NULL,
    port                  integer NOT NULL CHECK (port BETWEEN 1 AND 65535),
    security              text NOT NULL CHECK (security IN ('none', 'tls', 'stls')),
    authentication        text NOT NULL CHECK (authentication IN ('plain', 'apop')),
    verify_certificate    boolean NOT NULL DEFAULT true,
    username              text NOT NULL,
    -- Sealed with the server's secret key (postbay_core::secrets).
    password_sealed       text NOT NULL,
    description           text NOT NULL DEFAULT '',
    enabled               boolean NOT NULL DEFAULT true,
    -- One address every message goes to; NULL: the account's sorting rules decide.
    deliver_to            text,
    preferred_header      text NOT NULL DEFAULT '',
    drop_duplicates       boolean NOT NULL DEFAULT false,
    max_session_bytes     bigint NOT NULL DEFAULT 0 CHECK (max_session_bytes >= 0),
    max_session_messages  integer NOT NULL DEFAULT 0 CHECK (max_session_messages >= 0),
    -- Leave downloaded messages on the server: NULL deletes them, 0 keeps them, N > 0 deletes
    -- them N days after their download.
    keep_days             integer CHECK (keep_days >= 0),
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    -- Run state: which process collects it now (until when), and how the runs went.
    running_by            uuid,
    running_until         timestamptz,
    consecutive_failures  integer NOT NULL DEFAULT 0,
    -- A scheduled run skips the account until then (it keeps failing).
    retry_after           timestamptz,
    last_run_at           timestamptz,
    last_success_at       timestamptz,
    last_error            text,
    last_messages         integer NOT NULL DEFAULT 0,
    last_bytes            bigint NOT NULL DEFAULT 0,
    total_messages        bigint NOT NULL DEFAULT 0,
    total_bytes           bigint NOT NULL DEFAULT 0
);
CREATE INDEX pop3_accounts_tenant ON pop3_accounts (tenant_id);
CREATE INDEX pop3_accounts_domain ON pop3_accounts (domain_id) WHERE domain_id IS NOT NULL;

CREATE TABLE pop3_sorting_rules (
    id            uuid PRIMARY KEY,
    account_id    uuid NOT NULL REFERENCES pop3_accounts(id) ON DELETE CASCADE,
    -- A complete address, `*@domain` or `*`, lower-case.
    sort_address  text NOT NULL,
    -- An address, or `*@domain` (the same local part in that domain).
    deliver_to    text NOT NULL,
    description   text NOT NULL DEFAULT '',
    enabled       boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (account_id, sort_address)
);

-- Every message taken from a remote mailbox, by its UIDL, recorded in the transaction that
-- stored it: a later session skips it (and deletes it when the retention says). A UIDL the
-- server no longer lists is kept as `gone <uuid> <uidl>` (a space is in no UIDL; only its
-- digest still counts, for duplicates) and forgotten 30 days later. A server without UIDLs
-- has its messages named `content <sha256 hex>`.
CREATE TABLE pop3_downloads (
    account_id     uuid NOT NULL REFERENCES pop3_accounts(id) ON DELETE CASCADE,
    uidl           text NOT NULL,
    sha256         bytea NOT NULL,
    downloaded_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, uidl)
);
CREATE INDEX pop3_downloads_digest ON pop3_downloads (account_id, sha256);

CREATE TABLE collection_jobs (
    id              uuid PRIMARY KEY,
    -- One account, or every enabled one in the requester's reach (tenant_path / domain_id).
    account_id      uuid REFERENCES pop3_accounts(id) ON DELETE SET NULL,
    all_accounts    boolean NOT NULL,
    tenant_id       uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    domain_id       uuid REFERENCES domains(id) ON DELETE CASCADE,
    -- Scheduled runs skip accounts that are backing off; one asked for through the API not.
    scheduled       boolean NOT NULL DEFAULT false,
    requested_by    text NOT NULL,
    state           text NOT NULL CHECK (state IN ('queued', 'running', 'finished')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    started_at      timestamptz,
    finished_at     timestamptz,
    -- The process running it, until when (it extends this while it runs; a job whose
    -- process died is taken up again).
    claimed_by      uuid,
    claimed_until   timestamptz,
    -- One entry per account collected, in the order they finished.
    results         jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX collection_jobs_queued ON collection_jobs (created_at) WHERE state <> 'finished';
