-- Usage for billing (issue 23): a daily snapshot per account, domain and tenant, kept 13
-- months, surviving the objects it describes. Storage comes from the transactional usage
-- columns, traffic from the per-day counters (`usage.*`, scope: the account) written in the
-- transactions that store and submit mail; nothing is counted by scanning mail.

-- An account's largest storage of the day, kept by the mail store's usage writer.
ALTER TABLE accounts ADD COLUMN peak_day date, ADD COLUMN peak_bytes bigint NOT NULL DEFAULT 0;

CREATE TABLE usage_snapshots (
    day                 date NOT NULL,
    scope_kind          text NOT NULL CHECK (scope_kind IN ('account', 'domain', 'tenant')),
    scope_id            uuid NOT NULL,
    -- Where it sat that day (for reach and roll-ups after it is gone), and its name then.
    tenant_path         uuid[] NOT NULL,
    domain_id           uuid,
    name                text NOT NULL,
    storage_bytes       bigint NOT NULL,
    storage_messages    bigint NOT NULL,
    peak_storage_bytes  bigint NOT NULL,
    messages_received   bigint NOT NULL,
    bytes_received      bigint NOT NULL,
    messages_sent       bigint NOT NULL,
    bytes_sent          bigint NOT NULL,
    recipients_sent     bigint NOT NULL,
    active_mailboxes    bigint NOT NULL,
    PRIMARY KEY (day, scope_id)
);
CREATE INDEX usage_snapshots_scope ON usage_snapshots (scope_id, day);
-- Reports page through one level in (day, name, id) order.
CREATE INDEX usage_snapshots_order ON usage_snapshots (scope_kind, day, name, scope_id);
CREATE INDEX usage_snapshots_path ON usage_snapshots USING gin (tenant_path);

-- Days whose snapshots are final: after the day ended, they are written once more and then
-- never changed, so a closed period's report is the same however often it is fetched.
CREATE TABLE usage_days (
    day        date PRIMARY KEY,
    closed_at  timestamptz NOT NULL DEFAULT now()
);
