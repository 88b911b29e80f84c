-- Sending limits (issue 23): messages and recipients per hour and per day that an account, a
-- domain or a tenant may send through authenticated submission. Limits of every level apply
-- at once (an account's, its domain's, each tenant's above it); the counts are shared by all
-- nodes, in fixed clock hours and days (UTC).
CREATE TABLE sending_limits (
    scope_id             uuid PRIMARY KEY,
    scope_kind           text NOT NULL CHECK (scope_kind IN ('account', 'domain', 'tenant')),
    messages_per_hour    bigint CHECK (messages_per_hour >= 0),
    messages_per_day     bigint CHECK (messages_per_day >= 0),
    recipients_per_hour  bigint CHECK (recipients_per_hour >= 0),
    recipients_per_day   bigint CHECK (recipients_per_day >= 0),
    updated_at           timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sending_counts (
    scope_id      uuid NOT NULL,
    period        text NOT NULL CHECK (period IN ('hour', 'day')),
    period_start  timestamptz NOT NULL,
    messages      bigint NOT NULL DEFAULT 0,
    recipients    bigint NOT NULL DEFAULT 0,
    -- Messages refused in the period: the first refusal is announced, not every one.
    refused       bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (scope_id, period, period_start)
);

-- A deleted account, domain or tenant takes its limits with it.
CREATE FUNCTION sending_limits_forget() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM sending_limits WHERE scope_id = OLD.id;
    RETURN NULL;
END $$;
CREATE TRIGGER accounts_sending_limits AFTER DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION sending_limits_forget();
CREATE TRIGGER domains_sending_limits AFTER DELETE ON domains FOR EACH ROW EXECUTE FUNCTION sending_limits_forget();
CREATE TRIGGER tenants_sending_limits AFTER DELETE ON tenants FOR EACH ROW EXECUTE FUNCTION sending_limits_forget();
